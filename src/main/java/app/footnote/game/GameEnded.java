package app.footnote.game;

/**
 * Fired once a game's end is committed, for the adapters to post the final standings, and again at start-up while no
 * adapter has recorded them shown ({@link StandingsShown}).
 */
public record GameEnded(GameStandings standings) {
}
