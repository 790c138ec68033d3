package app.footnote.game;

import java.util.List;

/**
 * What answering did; every outcome is told to the player alone and none says whether the answer was right (the
 * adapters word it).
 */
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
}
