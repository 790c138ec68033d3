package app.footnote.api;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.footnote.chat.local.LocalPlay;

/**
 * The servers {@code /api/guilds/{guild}} may name: a Discord server id, or {@link LocalPlay#GUILD} for the local play
 * server. Checked here, before any resource runs, so that no route reaches the shared bank (whose scope is
 * {@code shared}) or stores an id its columns cannot hold.
 */
public class GuildIds {

    /** A Discord id is an unsigned 64-bit number: at most 20 digits. Every guild column holds at least 32. */
    public static final int MAX_LENGTH = 20;
    static final String PARAMETER = "guild";
    private static final Pattern VALID = Pattern.compile("\\d{1," + MAX_LENGTH + "}|" + LocalPlay.GUILD);
    private static final int MAX_ECHOED = 40;

    public static boolean isValid(String guildId) {
        return guildId != null && VALID.matcher(guildId).matches();
    }

    @ServerRequestFilter
    public Response refuseMalformed(ContainerRequestContext request) {
        List<String> given = request.getUriInfo().getPathParameters().get(PARAMETER);
        if (given == null || given.stream().allMatch(GuildIds::isValid)) {
            return null;
        }
        String guild = given.get(0);
        String shown = guild.length() > MAX_ECHOED ? guild.substring(0, MAX_ECHOED) + "…" : guild;
        return ProblemMappers.respond(Problem.invalid("Invalid request", PARAMETER, "'" + shown + "' is not a server:"
                + " use a Discord server id (1 to " + MAX_LENGTH + " digits) or '" + LocalPlay.GUILD
                + "' (the local play server)"));
    }
}
