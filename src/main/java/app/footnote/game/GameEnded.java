package app.footnote.game;

/** Fired once per game, after its end is committed, for the adapters to post the final standings. */
public record GameEnded(GameStandings standings) {
}
