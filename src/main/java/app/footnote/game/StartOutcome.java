package app.footnote.game;

/** What asking for a round did. */
public sealed interface StartOutcome {

    /** A new round is open. */
    record Started(RoundView round) implements StartOutcome {
    }

    /** The channel already has an open round: this one. */
    record AlreadyOpen(RoundView round) implements StartOutcome {
    }

    /** No active question matches the filters; the message says which and what exists. */
    record NothingMatches(String message) implements StartOutcome {
    }
}
