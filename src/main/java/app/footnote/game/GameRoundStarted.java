package app.footnote.game;

/** Fired once per round a game opens on its own (all but its first), after it is committed, for the adapters to show. */
public record GameRoundStarted(RoundView round) {
}
