package app.footnote.moderation;

import java.util.Optional;

/**
 * Who made a change, as the change log keeps it: {@code discord:<user id>} for a member, {@code api} for the admin
 * token.
 */
public record Actor(String id) {

    public static final Actor API = new Actor("api");
    private static final String DISCORD = "discord:";

    public static Actor discordUser(String userId) {
        return new Actor(DISCORD + userId);
    }

    /** The Discord user behind this actor, if there is one. */
    public Optional<String> discordUserId() {
        return id.startsWith(DISCORD) ? Optional.of(id.substring(DISCORD.length())) : Optional.empty();
    }
}
