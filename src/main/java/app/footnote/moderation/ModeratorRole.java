package app.footnote.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.game.ServerSettingsStore;

/** The role a server names as Footnote's moderators, besides those the chat platform already trusts. */
@ApplicationScoped
public class ModeratorRole {

    private final ServerSettingsStore settings;

    public ModeratorRole(ServerSettingsStore settings) {
        this.settings = settings;
    }

    public Optional<String> of(String guildId) {
        return settings.moderatorRole(guildId);
    }

    /** @param roleId the role, or {@code null} to leave moderation to the platform's rights alone */
    public void set(String guildId, String roleId) {
        settings.setModeratorRole(guildId, roleId);
    }
}
