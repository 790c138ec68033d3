package app.footnote.game;

/** What asking to stop a channel's game did. */
public sealed interface StopOutcome {

    /** The game ends after its current round (or at once after the pause, between rounds). */
    record Stopping(GameView game, String stoppedBy) implements StopOutcome {
    }

    /** Someone ({@code stoppedBy}) had already asked; nothing changed. */
    record AlreadyStopping(GameView game, String stoppedBy) implements StopOutcome {
    }

    /** Only the player who started it, or a moderator, may stop it; nothing changed. */
    record NotAllowed(GameView game) implements StopOutcome {
    }

    /** No game runs in the channel. */
    record NoGame() implements StopOutcome {
    }
}
