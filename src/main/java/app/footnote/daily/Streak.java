package app.footnote.daily;

/** A player's run of daily questions answered right, one after another. */
public record Streak(String userId, String displayName, int current, int best) {
}
