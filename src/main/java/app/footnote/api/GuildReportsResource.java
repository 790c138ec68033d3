package app.footnote.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import app.footnote.moderation.Actor;
import app.footnote.moderation.Reports;
import app.footnote.moderation.ServerQuestions;

/**
 * The questions a server's players reported, with their reports, and the moderators' decisions on them (admin token).
 * Editing a server's own question ({@code PUT questions/{id}}) is the third decision: it closes its reports.
 */
@Path("/api/guilds/{guild}/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminTokenMechanism.ROLE)
public class GuildReportsResource {

    /** A reported question: {@code paused} while it is out of play for its reports. */
    public record ReportedView(QuestionView question, boolean paused, List<Reports.Report> reports) {
    }

    public record DecidedView(QuestionView question, String decision, int reportsClosed) {
    }

    private final Reports reports;
    private final ServerQuestions questions;

    public GuildReportsResource(Reports reports, ServerQuestions questions) {
        this.reports = reports;
        this.questions = questions;
    }

    @GET
    @Operation(summary = "The questions with open reports, most reported first, each with its reports")
    public List<ReportedView> list(@PathParam("guild") String guild) {
        return reports.open(guild).stream().map(reported -> new ReportedView(QuestionView.withAnswers(
                reported.question(), questions.history(guild, reported.question())), reported.paused(),
                reported.reports())).toList();
    }

    @POST
    @Path("{id}/dismiss")
    @Operation(summary = "Close the question's reports as unfounded: it is back in play")
    public DecidedView dismiss(@PathParam("guild") String guild, @PathParam("id") String id) {
        return view(guild, reports.dismiss(guild, reports.keyOf(guild, id), Actor.API));
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Close the question's reports and retire it (a shared one: switch it off on this server)")
    public DecidedView retire(@PathParam("guild") String guild, @PathParam("id") String id) {
        return view(guild, reports.retire(guild, reports.keyOf(guild, id), Actor.API));
    }

    private DecidedView view(String guild, Reports.Decided decided) {
        return new DecidedView(QuestionView.withAnswers(decided.question(), questions.history(guild,
                decided.question())), decided.decision(), decided.reportsClosed());
    }
}
