package app.footnote.api;

import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a request's {@code Authorization} header cannot be the admin's, as the problem to answer it with; carried by
 * the {@link AuthenticationFailedException} (a final class) that Quarkus Security passes on to {@link ProblemMappers}.
 */
final class AdminTokenRefused {

    static final Problem OFF = Problem.of(403, "Admin API is off",
            "This server has no FOOTNOTE_ADMIN_TOKEN, so writes and answers are refused.");
    static final Problem NOT_BEARER = Problem.of(401, "Authorization required",
            "Send the admin token as 'Authorization: Bearer <token>'.");
    static final Problem WRONG = Problem.of(401, "Authorization required", "The bearer token is not the admin token.");

    private static final String PROBLEM = Problem.class.getName();

    private AdminTokenRefused() {
    }

    static AuthenticationFailedException because(Problem problem) {
        return new AuthenticationFailedException(problem.detail(), Map.of(PROBLEM, problem));
    }

    /** The problem a refusal carries; a header not even a bearer token when Quarkus itself refused it. */
    static Problem of(AuthenticationFailedException e) {
        Problem problem = e.getAttribute(PROBLEM);
        return problem != null ? problem : NOT_BEARER;
    }
}
