package app.footnote.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import app.footnote.moderation.Actor;
import app.footnote.news.FeedView;
import app.footnote.news.Feeds;

/** A server's RSS and Atom feeds over HTTP, all with the admin token. */
@Path("/api/guilds/{guild}/feeds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminTokenMechanism.ROLE)
public class GuildFeedsResource {

    /**
     * A feed to follow.
     *
     * @param auto questions that pass the server's rules go straight into play; absent: they wait for review
     * @param channel the Discord channel where moderators are told of new questions, unless the server names a notice
     *        channel; absent: the notice channel, else nowhere
     */
    public record FeedBody(String url, String category, Boolean auto, String channel) {
    }

    private final Feeds feeds;

    public GuildFeedsResource(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Operation(summary = "The feeds the server follows, each with what its last poll did (admin token)")
    public List<FeedView> list(@PathParam("guild") String guild) {
        return feeds.list(guild);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed the server follows (admin token)")
    public FeedView get(@PathParam("guild") String guild, @PathParam("id") long id) {
        return feeds.find(guild, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow an RSS or Atom feed ({\"url\": …, \"category\": …, \"auto\": false, \"channel\": …}):"
            + " read once first (400 or 502 saying why, and nothing stored, when it is no feed), then each new item's"
            + " article becomes questions for review, or in play with auto (admin token)")
    public Response add(@PathParam("guild") String guild, FeedBody body) {
        if (body == null || body.url() == null || body.url().isBlank()) {
            throw new ApiProblemException(Problem.invalid("Invalid request", "url", "the feed's address, such as"
                    + " {\"url\": \"https://example.com/rss.xml\"}"));
        }
        if (body.channel() != null && !body.channel().matches("\\d{1," + GuildIds.MAX_LENGTH + "}")) {
            throw new ApiProblemException(Problem.invalid("Invalid request", "channel", "a Discord channel id (1 to "
                    + GuildIds.MAX_LENGTH + " digits)"));
        }
        FeedView added = feeds.add(guild, body.url(), body.category(), Boolean.TRUE.equals(body.auto()),
                body.channel(), Actor.API);
        return Response.created(URI.create("/api/guilds/" + guild + "/feeds/" + added.id())).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop following a feed; the questions it brought stay (admin token)")
    public FeedView remove(@PathParam("guild") String guild, @PathParam("id") long id) {
        return feeds.remove(guild, id);
    }
}
