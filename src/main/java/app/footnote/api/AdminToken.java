package app.footnote.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks {@code Authorization: Bearer <FOOTNOTE_ADMIN_TOKEN>}. No header means a public request; a header that is
 * wrong is refused rather than treated as public, so a caller never mistakes a typo for missing data.
 */
@ApplicationScoped
public class AdminToken {

    private static final String BEARER = "Bearer ";

    private final ApiConfig config;

    public AdminToken(ApiConfig config) {
        this.config = config;
    }

    /** Whether the request carries the admin token; {@code false} when it carries none. */
    public boolean presentIn(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return false;
        }
        require(authorization);
        return true;
    }

    /** @throws ApiProblemException 401 without the right token, 403 when the server has no token configured */
    public void require(String authorization) {
        String expected = config.adminToken().filter(token -> !token.isBlank()).orElseThrow(
                () -> new ApiProblemException(403, "Admin API is off",
                        "This server has no FOOTNOTE_ADMIN_TOKEN, so writes and answers are refused."));
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new ApiProblemException(401, "Authorization required",
                    "Send the admin token as 'Authorization: Bearer <token>'.");
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblemException(401, "Authorization required", "The bearer token is not the admin token.");
        }
    }
}
