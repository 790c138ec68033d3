package app.footnote.chat.local;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** With local play off, its API answers as if it did not exist. */
public class LocalPlayFilter {

    private final LocalPlay localPlay;

    public LocalPlayFilter(LocalPlay localPlay) {
        this.localPlay = localPlay;
    }

    @ServerRequestFilter
    public Response refuseWhenOff(ContainerRequestContext request) {
        if (!localPlay.enabled() && request.getUriInfo().getPath().startsWith("/api/local")) {
            return LocalJson.problem(Response.Status.NOT_FOUND,
                    "Local play is off (a Discord token is set); set FOOTNOTE_LOCAL_ENABLED=true to turn it on.");
        }
        return null;
    }
}
