package app.footnote.score;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.scores")
public interface ScoreConfig {

    /** The time zone in which weeks (from Monday) and months begin. Env: FOOTNOTE_SCORES_ZONE. */
    @WithDefault("UTC")
    ZoneId zone();

    /**
     * How long a snapshot of everyone's points serves ranks before it is read again: ranks may lag others' answers
     * by this much. Env: FOOTNOTE_SCORES_RANK_REFRESH.
     */
    @WithDefault("5s")
    Duration rankRefresh();
}
