package app.footnote.api;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "footnote.api")
public interface ApiConfig {

    /**
     * The bearer token that writes and reads answers through the REST API. Env: FOOTNOTE_ADMIN_TOKEN. Unset: such
     * requests are refused (403), never open.
     */
    Optional<String> adminToken();

    /** Whether a non-blank admin token is configured. */
    default boolean adminApiOn() {
        return adminToken().filter(token -> !token.isBlank()).isPresent();
    }
}
