package app.footnote.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.footnote.moderation.ServerQuestionFiles;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a request whose body is over 1 MB with problem details: at once when its declared length says so, and
 * after reading at most 1 MB of a body sent in chunks, which declares none. Quarkus' own limit
 * ({@code quarkus.http.limits.max-body-size}, the same size) stays as the backstop.
 */
@ApplicationScoped
public class BodyLimit {

    static final String TOO_LARGE = "{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
            + "\"detail\":\"Request bodies are at most " + ServerQuestionFiles.MAX_BYTES + " bytes (1 MB).\"}";

    private final BodyHandler chunked = BodyHandler.create(false).setBodyLimit(ServerQuestionFiles.MAX_BYTES);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}")
                    && Long.parseLong(length) > ServerQuestionFiles.MAX_BYTES) {
                tooLarge(context);
            } else if (length == null && context.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                // Read here, where going over the limit fails the route (and so reaches the handler below); Quarkus
                // REST takes the body already read.
                chunked.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(BodyLimit::refused);
    }

    private static void tooLarge(RoutingContext context) {
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(TOO_LARGE);
    }

    /**
     * What Vert.x refuses before Quarkus REST sees the request (a body over the limit, a path that does not decode),
     * in the shape of every other refusal.
     */
    private static void refused(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500) {
            context.next();
        } else if (status == 413) {
            tooLarge(context);
        } else {
            context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(status, HttpResponseStatus.valueOf(status).reasonPhrase(),
                            "The request cannot be read: its path, query or body is malformed.")));
        }
    }
}
