package app.footnote.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import app.footnote.bank.Difficulty;
import app.footnote.bank.ImportResult;
import app.footnote.moderation.Actor;
import app.footnote.moderation.GeneratedDrafts;
import app.footnote.moderation.ServerQuestion;
import app.footnote.moderation.ServerQuestionFiles;
import app.footnote.moderation.ServerQuestions;
import app.footnote.news.GenerateFromLink;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A server's questions over HTTP: the shared bank plus its own. Reading without a token gives prompts only; the admin
 * token adds answers and allows writes. A shared question is never changed here: DELETE switches it off for the
 * server, {@code /restore} switches it on again. Import and export are {@code questions/import} and
 * {@code questions/export}: Quarkus REST does not route the {@code questions:import} form (a ':' in a segment).
 */
@Path("/api/guilds/{guild}")
@Produces(MediaType.APPLICATION_JSON)
public class GuildQuestionsResource {

    static final String YAML = "application/yaml";

    public record QuestionPage(List<QuestionView> items, long total, int page, int size) {
    }

    /** A question sent with {@code draft: true}: it waits for review, with this many others of the server. */
    public record Proposed(long waiting) {
    }

    private final ServerQuestions questions;
    private final ServerQuestionFiles files;
    private final GeneratedDrafts generatedDrafts;
    private final GenerateFromLink generateFromLink;
    private final SecurityIdentity identity;

    public GuildQuestionsResource(ServerQuestions questions, ServerQuestionFiles files,
            GeneratedDrafts generatedDrafts, GenerateFromLink generateFromLink, SecurityIdentity identity) {
        this.generatedDrafts = generatedDrafts;
        this.generateFromLink = generateFromLink;
        this.questions = questions;
        this.files = files;
        this.identity = identity;
    }

    @GET
    @Path("questions")
    @Operation(summary = "List the questions the server sees, by id, with filters; answers need the admin token")
    public QuestionPage list(@PathParam("guild") String guild,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("category") String category,
            @QueryParam("difficulty") @Pattern(regexp = "easy|medium|hard") String difficulty,
            @QueryParam("origin") @Pattern(regexp = "server|shared") String origin,
            @QueryParam("status") @Pattern(regexp = "active|retired|off") String status,
            @QueryParam("q") String text) {
        boolean answers = identity.hasRole(AdminTokenMechanism.ROLE);
        ServerQuestions.Page found = questions.list(guild, new ServerQuestions.Filter(category,
                difficulty == null ? null : Difficulty.fromLabel(difficulty).orElseThrow(), origin,
                status == null ? null : ServerQuestion.Status.valueOf(status.toUpperCase(Locale.ROOT)),
                text == null || text.isBlank() ? null : text.strip()), page, size);
        return new QuestionPage(found.items().stream().map(q -> answers ? QuestionView.withAnswers(q, List.of())
                : QuestionView.publicly(q)).toList(), found.total(), page, size);
    }

    @GET
    @Path("questions/{id}")
    @Operation(summary = "One question; answer, sources and changes need the admin token")
    public QuestionView get(@PathParam("guild") String guild, @PathParam("id") String id) {
        boolean answers = identity.hasRole(AdminTokenMechanism.ROLE);
        return view(guild, questions.find(guild, id), answers);
    }

    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a question of the server's own (admin token); with draft: true it waits for review"
            + " instead (202)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public Response create(@PathParam("guild") String guild, QuestionBody body) {
        if (requireBody(body).isDraft()) {
            return Response.accepted(new Proposed(files.propose(guild, body.toBank(), Actor.API))).build();
        }
        ServerQuestion added = questions.add(guild, body.toBank(), Actor.API);
        return Response.created(URI.create("/api/guilds/" + guild + "/questions/" + added.id()))
                .entity(view(guild, added, true)).build();
    }

    @PUT
    @Path("questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a question of the server's own (admin token); shared ones answer 409")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public QuestionView update(@PathParam("guild") String guild, @PathParam("id") String id, QuestionBody body) {
        if (requireBody(body).isDraft()) {
            throw new ApiProblemException(Problem.invalid("Invalid question", "draft", "a question in play cannot go"
                    + " back to the review queue; retire it instead, or send a new one with draft: true (POST)"));
        }
        return view(guild, questions.edit(guild, id, body.toBank(), Actor.API), true);
    }

    @DELETE
    @Path("questions/{id}")
    @Operation(summary = "Retire a question of the server's own, or switch a shared one off here (admin token)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public QuestionView retire(@PathParam("guild") String guild, @PathParam("id") String id) {
        return view(guild, questions.retire(guild, id, Actor.API), true);
    }

    @POST
    @Path("questions/{id}/restore")
    @Operation(summary = "Put a retired or switched-off question back in play (admin token)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public QuestionView restore(@PathParam("guild") String guild, @PathParam("id") String id) {
        return view(guild, questions.restore(guild, id, Actor.API), true);
    }

    @POST
    @Path("questions/import")
    @Consumes({YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Add or update the server's own questions from a YAML file in the bank format, all or"
            + " nothing (admin token; at most 1 MB and 500 questions)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public ImportResult importYaml(@PathParam("guild") String guild, byte[] body) {
        return files.importYaml(guild, "request body", body == null ? new byte[0] : body, Actor.API);
    }

    @POST
    @Path("questions/generate")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Propose questions from an article's text (front matter may give its title, outlet and"
            + " date) and put them in the server's review queue (admin token; at most 200,000 characters)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public GeneratedDrafts.Outcome generate(@PathParam("guild") String guild, String article) {
        return generatedDrafts.fromArticle(guild, Actor.API, "the generator (REST API)", "request body",
                article == null ? "" : article);
    }

    /** An article by its link. */
    public record LinkBody(String url) {
    }

    @POST
    @Path("questions/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose questions from the article at a link ({\"url\": \"https://…\"}): fetched, read"
            + " from its page with its title, outlet, author and date, and its questions put in the server's review"
            + " queue (admin token)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public GeneratedDrafts.Outcome generateFromLink(@PathParam("guild") String guild, LinkBody body) {
        if (body == null || body.url() == null || body.url().isBlank()) {
            throw new ApiProblemException(Problem.invalid("Invalid request", "url", "the link of the article to"
                    + " read, such as {\"url\": \"https://example.com/story\"}"));
        }
        return generateFromLink.generate(guild, Actor.API, "the generator (REST API)", body.url(),
                GeneratedDrafts.Destination.REVIEW);
    }

    @GET
    @Path("questions/export")
    @Produces(YAML)
    @Operation(summary = "The server's own questions in play, as a YAML file in the bank format (admin token)")
    @RolesAllowed(AdminTokenMechanism.ROLE)
    public Response export(@PathParam("guild") String guild) {
        return Response.ok(files.exportYaml(guild).getBytes(StandardCharsets.UTF_8), YAML + "; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("footnote-questions-" + guild + ".yaml"))
                .build();
    }

    private QuestionView view(String guild, ServerQuestion found, boolean answers) {
        return answers ? QuestionView.withAnswers(found, questions.history(guild, found))
                : QuestionView.publicly(found);
    }

    private static QuestionBody requireBody(QuestionBody body) {
        if (body == null) {
            throw new ApiProblemException(400, "Invalid question", "The request needs a JSON body with the"
                    + " question's fields.");
        }
        return body;
    }
}
