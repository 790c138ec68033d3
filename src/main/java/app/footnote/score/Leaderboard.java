package app.footnote.score;

import java.util.List;

/**
 * The top players of a server (or of all servers) for a period.
 *
 * @param scope a guild id, or {@link Period#GLOBAL_SCOPE}
 * @param asker the asking player's own line when they are outside the top, else {@code null}
 */
public record Leaderboard(String scope, Period period, String periodKey, List<Standing> top, Standing asker) {
}
