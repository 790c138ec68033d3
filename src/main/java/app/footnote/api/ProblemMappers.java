package app.footnote.api;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import app.footnote.bank.InvalidBankException;
import app.footnote.bank.ProblemReport;
import app.footnote.db.ConcurrentWrite;
import app.footnote.log.FailureReference;
import app.footnote.moderation.QuestionConflictException;
import app.footnote.moderation.QuestionNotFoundException;
import app.footnote.moderation.TooLargeException;
import app.footnote.news.FeedRefusedException;
import app.footnote.news.LinkRefusedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every refusal over HTTP as problem details, each with the status that says whose move it is: the API's, the local
 * play API's and what Quarkus REST itself refuses (an unknown path, a wrong method or media type, unreadable JSON).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ApiConfig apiConfig;

    public ProblemMappers(ApiConfig apiConfig) {
        this.apiConfig = apiConfig;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblemException e) {
        return respond(e.problem());
    }

    /** An admin endpoint called without a token: the server has none to give, or the caller sent none. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(apiConfig.adminApiOn() ? AdminTokenRefused.NOT_BEARER : AdminTokenRefused.OFF);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return respond(AdminTokenRefused.of(e));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "The admin token does not allow this."));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidBankException e) {
        ProblemReport report = e.report();
        List<Problem.InvalidField> fields = report.listed().stream().map(p -> new Problem.InvalidField(
                p.field() == null ? "body" : p.field(), p.message(), p.questionId(), p.line() > 0 ? p.line() : null))
                .toList();
        return respond(new Problem("about:blank", "Invalid question", 400, report.total()
                + " problem(s); nothing was changed." + (report.unlisted() > 0 ? " The first " + fields.size()
                        + " are listed, and " + report.unlisted() + " more." : ""),
                fields));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.InvalidField> fields = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidField(lastNode(v.getPropertyPath().toString()), v.getMessage(), null,
                        null))
                .toList();
        return respond(new Problem("about:blank", "Invalid request", 400, fields.size() + " invalid parameter(s).",
                fields));
    }

    /** Declared for its own type: Quarkus' mapper for it, which answers with an empty body, would win otherwise. */
    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return respond(UnreadableJson.problem(e));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(UnreadableJson.problem(e));
    }

    /** What Quarkus REST itself refuses (an unreadable body, an unknown path, a wrong method), in the same shape. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e, ContainerRequestContext request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return respond(UnreadableJson.problem(json));
            }
        }
        int status = e.getResponse().getStatus();
        String where = request.getMethod() + " " + request.getUriInfo().getPath();
        String detail = switch (status) {
            // Quarkus REST answers 404 for a path or query parameter that is not of its type, as JAX-RS says.
            case 404 -> e.getCause() != null ? "A path or query parameter of " + where + " is not of its type ("
                    + e.getCause().getMessage() + ")." : "Nothing answers " + where + ".";
            case 405 -> where + ": this method is not allowed here.";
            case 406 -> where + " cannot answer in the media type the Accept header asks for.";
            case 415 -> where + " does not read the Content-Type sent.";
            default -> e.getMessage();
        };
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail));
    }

    @ServerExceptionMapper
    public Response notFound(QuestionNotFoundException e) {
        return respond(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(QuestionConflictException e) {
        return respond(Problem.of(409, "Conflict", e.getMessage()));
    }

    /** A link the bot refused is the caller's to change (400); a site that failed is the site's (502). */
    @ServerExceptionMapper
    public Response linkRefused(LinkRefusedException e) {
        return respond(e.remote() ? Problem.of(502, "The site failed", e.getMessage())
                : Problem.invalid("Link refused", "url", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response feedRefused(FeedRefusedException e) {
        return respond(switch (e.kind()) {
            case INVALID -> Problem.invalid("Invalid feed", e.field(), e.getMessage());
            case NOT_FOUND -> Problem.of(404, "Not found", e.getMessage());
            case CONFLICT -> Problem.of(409, "Conflict", e.getMessage());
        });
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e) {
        return respond(Problem.of(413, "Content too large", e.getMessage()));
    }

    /**
     * A write that lost a race with a concurrent request (two identical creates or imports at once: a unique
     * constraint, or a lock held past the timeout) is a conflict, and the database kept the data right. Anything else is the bot's fault: a reference to the log, never a stack trace.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, ContainerRequestContext request) {
        if (ConcurrentWrite.isCause(e)) {
            return respond(Problem.of(409, "Conflict", "Another request changed the same thing at the same moment;"
                    + " this one changed nothing. Look at the current state, then try again if still needed."));
        }
        String reference = FailureReference.next();
        LOG.errorf(e, "Request failed [reference %s]: %s %s", reference, request.getMethod(),
                request.getUriInfo().getPath());
        return respond(Problem.of(500, "Internal error", "Something went wrong on Footnote's side (reference "
                + reference + "); whoever runs the bot finds the details in its log."));
    }

    /** A 401 also says how to authenticate ({@code WWW-Authenticate: Bearer}). */
    public static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status());
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "list.size" → "size": the parameter's name without the method's. */
    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
