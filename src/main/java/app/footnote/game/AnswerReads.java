package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The reads answering needs from the database, when the cache does not have them; each its own transaction. */
@ApplicationScoped
public class AnswerReads {

    @Transactional
    public Optional<RoundFacts.Facts> facts(long roundId) {
        return Round.<Round> findByIdOptional(roundId).map(RoundFacts::factsOf);
    }

    /** The position of the choice the player gave in the round, if they answered it. */
    @Transactional
    public Optional<Integer> choiceOf(long roundId, String userId) {
        return Answer.<Answer> find("roundId = ?1 and userId = ?2", roundId, userId).firstResultOptional()
                .map(answer -> answer.choiceIndex);
    }
}
