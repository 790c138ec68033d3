package app.footnote.chat.local;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "footnote.local")
public interface LocalConfig {

    /** Local play on or off; unset, it is on exactly when no Discord token is set. Env: FOOTNOTE_LOCAL_ENABLED. */
    Optional<Boolean> enabled();
}
