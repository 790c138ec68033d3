package app.footnote.chat.local;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether local play is on, and the server its players form. */
@ApplicationScoped
public class LocalPlay {

    public static final String GUILD = "local";
    /** The longest player name: it is the player's id, and is shown in leaderboards. */
    public static final int MAX_NAME_LENGTH = 32;

    private final boolean enabled;

    public LocalPlay(LocalConfig config, @ConfigProperty(name = "footnote.discord.token") Optional<String> token) {
        this.enabled = config.enabled().orElse(token.isEmpty());
    }

    public boolean enabled() {
        return enabled;
    }
}
