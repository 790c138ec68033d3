package app.footnote.api;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import app.footnote.bank.InvalidBankException;
import app.footnote.bank.ProblemReport;
import app.footnote.moderation.QuestionConflictException;
import app.footnote.moderation.QuestionNotFoundException;
import app.footnote.moderation.TooLargeException;

/** Every refusal of the API as problem details, each with the status that says whose move it is. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ApiProblemException e) {
        Response.ResponseBuilder response = Response.status(e.problem().status());
        if (e.problem().status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.type(Problem.MEDIA_TYPE).entity(e.problem()).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidBankException e) {
        ProblemReport report = e.report();
        List<Problem.InvalidField> fields = report.listed().stream().map(p -> new Problem.InvalidField(
                p.field() == null ? "body" : p.field(), p.message(), p.questionId(), p.line() > 0 ? p.line() : null))
                .toList();
        return respond(new Problem("about:blank", "Invalid question", 400, report.total()
                + " problem(s); nothing was changed." + (report.unlisted() > 0 ? " The first " + fields.size()
                        + " are listed, and " + report.unlisted() + " more." : ""), fields));
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

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of(400, "Unreadable JSON", e.getOriginalMessage()));
    }

    /** What Quarkus REST itself refuses (an unreadable body, an unknown path, a wrong method), in the same shape. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(QuestionNotFoundException e) {
        return respond(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(QuestionConflictException e) {
        return respond(Problem.of(409, "Conflict", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e) {
        return respond(Problem.of(413, "Content too large", e.getMessage()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "list.size" → "size": the parameter's name without the method's. */
    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
