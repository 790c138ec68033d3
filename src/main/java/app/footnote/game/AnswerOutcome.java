package app.footnote.game;

import java.util.List;

/** What answering did; every outcome is told to the player alone and none says whether the answer was right. */
public sealed interface AnswerOutcome {

    record LockedIn(String label) implements AnswerOutcome {
    }

    record AlreadyAnswered(String label) implements AnswerOutcome {
    }

    record Closed() implements AnswerOutcome {
    }

    record NoSuchChoice(String given, List<String> labels) implements AnswerOutcome {
    }

    record NoSuchRound() implements AnswerOutcome {
    }

    /** The sentence the player reads. */
    default String message() {
        if (this instanceof LockedIn locked) {
            return "Locked in: " + locked.label() + ". The answer is revealed when the round closes.";
        } else if (this instanceof AlreadyAnswered already) {
            return "You already answered " + already.label() + " in this round; your first answer stands.";
        } else if (this instanceof Closed) {
            return "This round is closed; answers are no longer taken.";
        } else if (this instanceof NoSuchChoice choice) {
            return "There is no choice '" + choice.given() + "'; choose one of " + String.join(", ", choice.labels())
                    + ".";
        }
        return "There is no such round.";
    }
}
