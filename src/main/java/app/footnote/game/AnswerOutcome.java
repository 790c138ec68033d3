package app.footnote.game;

import java.util.List;

/**
 * What answering did; every outcome is told to the player alone and none says whether the answer was right (the
 * adapters word it). A typed answer's outcomes carry what the player typed, to be shown literally.
 */
public sealed interface AnswerOutcome {

    record LockedIn(String label) implements AnswerOutcome {
    }

    record AlreadyAnswered(String label) implements AnswerOutcome {
    }

    record TypedLockedIn(String typed) implements AnswerOutcome {
    }

    /** @param typed the player's first answer, which stands */
    record AlreadyTyped(String typed) implements AnswerOutcome {
    }

    record Closed() implements AnswerOutcome {
    }

    record NoSuchChoice(String given, List<String> labels) implements AnswerOutcome {
    }

    /** A typed answer that is empty or only blanks. */
    record BlankAnswer() implements AnswerOutcome {
    }

    record AnswerTooLong(int length, int max) implements AnswerOutcome {
    }

    /** An answer given the other way than the round is played: a click on a typed round, or text for buttons. */
    record WrongMode(AnswerMode mode) implements AnswerOutcome {
    }

    record NoSuchRound() implements AnswerOutcome {
    }
}
