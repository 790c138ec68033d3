package app.footnote.score;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.scores")
public interface ScoreConfig {

    /** The time zone in which weeks (from Monday) and months begin. Env: FOOTNOTE_SCORES_ZONE. */
    @WithDefault("UTC")
    ZoneId zone();
}
