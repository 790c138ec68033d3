package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A server's settings row, which the game owns, for the features that keep a setting in it: moderation's role. They
 * change the row through here, never the entity.
 */
@ApplicationScoped
public class ServerSettingsStore {

    @Transactional
    public Optional<String> moderatorRole(String guildId) {
        return ServerSettings.<ServerSettings>findByIdOptional(guildId).map(settings -> settings.moderatorRoleId);
    }

    /** @param roleId the role, or {@code null} for none */
    @Transactional
    public void setModeratorRole(String guildId, String roleId) {
        ServerSettings.of(guildId).moderatorRoleId = roleId;
    }
}
