package app.footnote.score;

/**
 * One player's record in one server, all time.
 *
 * @param accuracy correct answers as a whole percentage of answers
 * @param rank the player's place on the server's all-time leaderboard
 */
public record PlayerStats(String userId, String displayName, long points, int answers, int correct, int accuracy,
        int currentStreak, int bestStreak, long rank) {
}
