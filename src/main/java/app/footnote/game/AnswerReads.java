package app.footnote.game;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The reads of answers the game and other features need: answering, when the cache does not have them, and who
 * answered a round right; each its own transaction, or the caller's.
 */
@ApplicationScoped
public class AnswerReads {

    @Transactional
    public Optional<RoundFacts.Facts> facts(long roundId) {
        return Round.<Round>findByIdOptional(roundId).map(RoundFacts::factsOf);
    }

    /** What a player gave in a round: a choice's position, or for a typed round what they typed. */
    public record Given(Integer choiceIndex, String typed) {
    }

    /** What the player gave in the round, if they answered it. */
    @Transactional
    public Optional<Given> given(long roundId, String userId) {
        return Answer.<Answer>find("roundId = ?1 and userId = ?2", roundId, userId).firstResultOptional()
                .map(answer -> new Given(answer.choiceIndex, answer.typedAnswer));
    }

    /** A player who answered a round right. */
    public record Right(String userId, String displayName) {
    }

    /** Everyone who answered the round right, in the order they answered. */
    @Transactional
    public List<Right> rightAnswers(long roundId) {
        return Answer.<Answer>list("roundId = ?1 and correct = true order by id", roundId).stream()
                .map(answer -> new Right(answer.userId, answer.displayName)).toList();
    }
}
