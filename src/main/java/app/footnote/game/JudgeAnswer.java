package app.footnote.game;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Decides what an answer is worth before anything is stored: refused (closed, no such choice) or accepted with its
 * correctness and points. Plain rules, so they are tested with {@code new} and no database.
 */
public final class JudgeAnswer {

    /** Either a refusal to tell the player, or the answer to store. */
    public sealed interface Judgement {
    }

    public record Refused(AnswerOutcome outcome) implements Judgement {
    }

    public record Accepted(AnswerWriter.NewAnswer answer, String label) implements Judgement {
    }

    private JudgeAnswer() {
    }

    public static Judgement judge(RoundFacts.Facts round, String userId, String displayName, String label,
            Instant now) {
        if (!now.isBefore(round.closesAt())) {
            return new Refused(new AnswerOutcome.Closed());
        }
        OptionalInt index = ChoiceLabels.index(label, round.choiceCount());
        if (index.isEmpty()) {
            return new Refused(new AnswerOutcome.NoSuchChoice(String.valueOf(label),
                    IntStream.range(0, round.choiceCount()).mapToObj(ChoiceLabels::label).toList()));
        }
        boolean correct = index.getAsInt() == round.correctIndex();
        int points = Scoring.points(round.difficulty(), correct, round.startedAt(), round.closesAt(), now);
        return new Accepted(new AnswerWriter.NewAnswer(round.roundId(), userId, displayName, index.getAsInt(),
                correct, points, now), ChoiceLabels.label(index.getAsInt()));
    }
}
