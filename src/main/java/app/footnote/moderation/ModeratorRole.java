package app.footnote.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.game.ServerSettings;

/** The role a server names as Footnote's moderators, besides those the chat platform already trusts. */
@ApplicationScoped
public class ModeratorRole {

    @Transactional
    public Optional<String> of(String guildId) {
        ServerSettings settings = ServerSettings.findById(guildId);
        return settings == null ? Optional.empty() : Optional.ofNullable(settings.moderatorRoleId);
    }

    /** @param roleId the role, or {@code null} to leave moderation to the platform's rights alone */
    @Transactional
    public void set(String guildId, String roleId) {
        ServerSettings.of(guildId).moderatorRoleId = roleId;
    }
}
