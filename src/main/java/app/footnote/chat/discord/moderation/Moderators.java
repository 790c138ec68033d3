package app.footnote.chat.discord.moderation;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;

import app.footnote.moderation.ModeratorRole;

/**
 * Who may use {@code /trivia-admin}. Discord hides the command from members without Manage Server, but a server can
 * change who sees it, so the bot checks again: the owner, Manage Server or Administrator, or the moderator role.
 */
@ApplicationScoped
public class Moderators {

    public static final String REFUSAL = "Only members with Manage Server or this server's Footnote moderator role"
            + " can do that.";

    private final ModeratorRole moderatorRole;

    Moderators(ModeratorRole moderatorRole) {
        this.moderatorRole = moderatorRole;
    }

    public boolean mayModerate(Server server, User user) {
        if (server.isOwner(user)
                || server.hasAnyPermission(user, PermissionType.MANAGE_SERVER, PermissionType.ADMINISTRATOR)) {
            return true;
        }
        return moderatorRole.of(server.getIdAsString()).map(Long::parseLong)
                .map(roleId -> server.getRoles(user).stream().anyMatch(role -> role.getId() == roleId)).orElse(false);
    }
}
