package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A round as it stands: its question while open, and its reveal once closed. */
@ApplicationScoped
public class DescribeRound {

    /** {@code reveal} is null while the round is open; {@code yours} when no player was named or they did not answer. */
    public record RoundState(RoundView round, Reveal reveal, YourAnswer yours) {
    }

    /**
     * A player's own answer as they may see it: the choice (or for a typed round what they typed) at once; whether it
     * was right and its points only once the round is revealed, as every total waits for the reveal.
     */
    public record YourAnswer(String choice, String typed, Boolean correct, Integer points) {
    }

    public Optional<RoundState> describe(long roundId) {
        return describe(roundId, null);
    }

    /**
     * The question a round of this server asked, and whether the round is revealed yet.
     *
     * @param askedAsNow whether the question still says what the round asked ({@link Round#askedAsNow()})
     */
    public record AskedIn(long roundId, long questionId, boolean revealed, boolean askedAsNow) {
    }

    /** @return empty when the server has no such round */
    @Transactional
    public Optional<AskedIn> askedIn(String guildId, long roundId) {
        Round round = Round.findById(roundId);
        if (round == null || !round.guildId.equals(guildId)) {
            return Optional.empty();
        }
        return Optional.of(new AskedIn(round.id, round.question.id, round.revealedAt != null,
                round.askedAsNow()));
    }

    /** The round as {@code userId} sees it, with their own answer; null for nobody's. */
    @Transactional
    public Optional<RoundState> describe(long roundId, String userId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            return Optional.empty();
        }
        boolean revealed = round.revealedAt != null;
        YourAnswer yours = userId == null ? null
                : Answer.<Answer>find("roundId = ?1 and userId = ?2", roundId, userId).firstResultOptional()
                        .map(answer -> new YourAnswer(answer.choiceIndex == null ? null
                                : ChoiceLabels.label(answer.choiceIndex), answer.typedAnswer,
                                revealed ? answer.correct : null, revealed ? answer.points : null))
                        .orElse(null);
        return Optional.of(new RoundState(RoundView.of(round), revealed ? RevealRound.revealOf(round) : null, yours));
    }
}
