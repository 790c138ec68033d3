package app.footnote.game;

/**
 * Fired when a game opens a round on its own (all but its first), after it is committed, for the adapters to show;
 * at start-up again for the open ones, which an adapter shows only if it had not.
 */
public record GameRoundStarted(RoundView round) {
}
