package app.footnote.moderation;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.moderation")
public interface ModerationConfig {

    /** How many questions one member may suggest on a server per hour. Env: FOOTNOTE_MODERATION_SUGGESTIONS_PER_HOUR. */
    @WithDefault("5")
    int suggestionsPerHour();

    /** How many suggestions may wait for review on a server; more are refused until moderators catch up. */
    @WithDefault("100")
    int maxQueued();

    /**
     * How many different players' open reports take a question out of play on a server until a moderator decides; at
     * least 1 (0 would take every question out of play), checked at start-up. Env: FOOTNOTE_MODERATION_REPORTS_TO_PAUSE.
     */
    @WithDefault("3")
    @Min(1)
    int reportsToPause();
}
