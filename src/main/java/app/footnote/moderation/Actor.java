package app.footnote.moderation;

/**
 * Who made a change, as the change log keeps it: {@code discord:<user id>} for a member, {@code api} for the admin
 * token.
 */
public record Actor(String id) {

    public static final Actor API = new Actor("api");

    public static Actor discordUser(String userId) {
        return new Actor("discord:" + userId);
    }

    /** The Discord user behind this actor, if there is one. */
    public java.util.Optional<String> discordUserId() {
        return id.startsWith("discord:") ? java.util.Optional.of(id.substring("discord:".length()))
                : java.util.Optional.empty();
    }
}
