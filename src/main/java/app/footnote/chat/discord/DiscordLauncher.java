package app.footnote.chat.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Decides at start-up whether Footnote talks to Discord, and says so in one line. */
@ApplicationScoped
public class DiscordLauncher {

    static final String OFF_MESSAGE = "Discord is off: DISCORD_TOKEN is not set.";
    static final String NOT_BUILT_MESSAGE = "DISCORD_TOKEN is set, but this build has no Discord adapter yet:"
            + " Discord stays off.";
    private static final Logger LOG = Logger.getLogger(DiscordLauncher.class);

    private final DiscordConfig config;

    public DiscordLauncher(DiscordConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.info(config.token().isPresent() ? NOT_BUILT_MESSAGE : OFF_MESSAGE);
    }
}
