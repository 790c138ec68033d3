package app.footnote.moderation;

import java.util.Optional;

/**
 * Who made a change, as the change log keeps it: {@code discord:<user id>} for a member, {@code api} for the admin
 * token, {@code feed:<id>} for a feed's questions.
 */
public record Actor(String id) {

    public static final Actor API = new Actor("api");
    private static final String DISCORD = "discord:";

    /** A feed the server follows, whose items' questions went into play or the review queue by themselves. */
    public static Actor feed(long feedId) {
        return new Actor("feed:" + feedId);
    }

    public static Actor discordUser(String userId) {
        return new Actor(DISCORD + userId);
    }

    /** The Discord user behind this actor, if there is one. */
    public Optional<String> discordUserId() {
        return id.startsWith(DISCORD) ? Optional.of(id.substring(DISCORD.length())) : Optional.empty();
    }
}
