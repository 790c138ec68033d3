package app.footnote.game;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Decides what an answer is worth before anything is stored: refused (closed, no such choice, a blank or too long
 * typed answer, the other mode) or accepted with its correctness and points. A click is right when it is the answer's
 * choice; a typed answer when {@link TypedAnswerMatch} accepts it against the answer, the question's accepted answers
 * and its wrong choices as traps. Plain rules, so they are tested with {@code new} and no database.
 */
public final class JudgeAnswer {

    /** The longest typed answer taken (the size of {@code answer.typed_answer}, V12). */
    public static final int MAX_TYPED_LENGTH = 200;

    /** Either a refusal to tell the player, or the answer to store. */
    public sealed interface Judgement {
    }

    public record Refused(AnswerOutcome outcome) implements Judgement {
    }

    /** @param label the clicked choice's label, or for a typed answer what was typed (stripped) */
    public record Accepted(AnswerWriter.NewAnswer answer, String label) implements Judgement {
    }

    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");

    private JudgeAnswer() {
    }

    /** A click on the choice labelled {@code label}. */
    public static Judgement judge(RoundFacts.Facts round, String userId, String displayName, String label,
            Instant now) {
        if (!now.isBefore(round.closesAt())) {
            return new Refused(new AnswerOutcome.Closed());
        }
        if (round.mode() != AnswerMode.BUTTONS) {
            return new Refused(new AnswerOutcome.WrongMode(round.mode()));
        }
        OptionalInt index = ChoiceLabels.index(label, round.choiceCount());
        if (index.isEmpty()) {
            return new Refused(new AnswerOutcome.NoSuchChoice(String.valueOf(label),
                    IntStream.range(0, round.choiceCount()).mapToObj(ChoiceLabels::label).toList()));
        }
        boolean correct = index.getAsInt() == round.correctIndex();
        return new Accepted(new AnswerWriter.NewAnswer(round.roundId(), userId, displayName, index.getAsInt(), null,
                correct, points(round, correct, now), now), ChoiceLabels.label(index.getAsInt()));
    }

    /**
     * A typed answer; surrounding blanks do not count, and control characters count as blanks: the form cannot send
     * them, but the local API can, and PostgreSQL refuses to store a NUL.
     */
    public static Judgement judgeTyped(RoundFacts.Facts round, String userId, String displayName, String typed,
            Instant now) {
        Optional<AnswerOutcome> refused = typingRefusal(round, now);
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        String text = typed == null ? "" : CONTROLS.matcher(typed).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return new Refused(new AnswerOutcome.BlankAnswer());
        }
        if (text.length() > MAX_TYPED_LENGTH) {
            return new Refused(new AnswerOutcome.AnswerTooLong(text.length(), MAX_TYPED_LENGTH));
        }
        boolean correct = TypedAnswerMatch.accepts(text, round.answer(), round.accepted(), round.wrong());
        return new Accepted(new AnswerWriter.NewAnswer(round.roundId(), userId, displayName, null, text, correct,
                points(round, correct, now), now), text);
    }

    /** Why nobody may type an answer to the round now (closed, or played with buttons); empty when they may. */
    public static Optional<AnswerOutcome> typingRefusal(RoundFacts.Facts round, Instant now) {
        if (!now.isBefore(round.closesAt())) {
            return Optional.of(new AnswerOutcome.Closed());
        }
        return round.mode() == AnswerMode.TYPED ? Optional.empty()
                : Optional.of(new AnswerOutcome.WrongMode(round.mode()));
    }

    private static int points(RoundFacts.Facts round, boolean correct, Instant now) {
        return Scoring.points(round.difficulty(), correct, round.startedAt(), round.closesAt(), now);
    }
}
