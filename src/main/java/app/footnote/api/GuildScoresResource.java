package app.footnote.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import app.footnote.score.Leaderboard;
import app.footnote.score.Leaderboards;
import app.footnote.score.Period;
import app.footnote.score.PlayerStats;

/** A server's scores, public like the leaderboard in the chat. */
@Path("/api/guilds/{guild}")
@Produces(MediaType.APPLICATION_JSON)
public class GuildScoresResource {

    private final Leaderboards leaderboards;

    public GuildScoresResource(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @GET
    @Path("leaderboard")
    @Operation(summary = "The server's top ten for this week, this month or all time")
    public Leaderboard leaderboard(@PathParam("guild") String guild,
            @QueryParam("period") @DefaultValue("all") @Pattern(regexp = "week|month|all") String period) {
        return leaderboards.leaderboard(guild, Period.fromLabel(period).orElseThrow(), null);
    }

    @GET
    @Path("players/{user}")
    @Operation(summary = "One player's points, answers, accuracy, streaks and rank on the server")
    public PlayerStats player(@PathParam("guild") String guild, @PathParam("user") String user) {
        return leaderboards.stats(guild, user).orElseThrow(() -> new ApiProblemException(404, "Not found",
                "Player " + user + " has not answered on server " + guild + "."));
    }
}
