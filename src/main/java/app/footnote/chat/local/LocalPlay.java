package app.footnote.chat.local;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.footnote.game.Origin;
import app.footnote.game.ServedServers;

/**
 * Whether local play is on, and the server its players form. It is one process's: the process where it is on reveals
 * the local rounds and posts the local daily question.
 */
@ApplicationScoped
public class LocalPlay implements ServedServers {

    public static final String GUILD = Origin.LOCAL_GUILD;
    /** The longest player name: it is the player's id, and is shown in leaderboards. */
    public static final int MAX_NAME_LENGTH = 32;

    private final boolean enabled;

    public LocalPlay(LocalConfig config, @ConfigProperty(name = "footnote.discord.token") Optional<String> token) {
        this.enabled = on(config.enabled(), token);
    }

    /** The rule: as set, or else on exactly when there is no Discord token. */
    static boolean on(Optional<Boolean> enabled, Optional<String> token) {
        return enabled.orElse(token.filter(value -> !value.isBlank()).isEmpty());
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public Origin origin() {
        return Origin.LOCAL;
    }

    @Override
    public boolean serves(String guildId) {
        return enabled;
    }
}
