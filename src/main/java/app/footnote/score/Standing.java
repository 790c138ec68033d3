package app.footnote.score;

/** One player's line on a leaderboard. */
public record Standing(long rank, String userId, String displayName, long points, int answers, int correct) {
}
