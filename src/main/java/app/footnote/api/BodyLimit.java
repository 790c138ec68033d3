package app.footnote.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

import app.footnote.moderation.ServerQuestionFiles;

/**
 * Refuses a request whose declared body is over 1 MB with problem details, before any of it is read. Quarkus' own
 * limit ({@code quarkus.http.limits.max-body-size}, the same size) stops bodies that do not declare their length.
 */
@ApplicationScoped
public class BodyLimit {

    static final String TOO_LARGE = "{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
            + "\"detail\":\"Request bodies are at most " + ServerQuestionFiles.MAX_BYTES + " bytes (1 MB).\"}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > ServerQuestionFiles.MAX_BYTES) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(TOO_LARGE);
            } else {
                context.next();
            }
        });
    }
}
