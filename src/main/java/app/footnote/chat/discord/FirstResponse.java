package app.footnote.chat.discord;

/** What an interaction gets first: a form to fill in, or (when it may not have one) a reply. */
public record FirstResponse(DiscordModal modal, DiscordReply reply) {

    public static FirstResponse modal(DiscordModal modal) {
        return new FirstResponse(modal, null);
    }

    public static FirstResponse reply(DiscordReply reply) {
        return new FirstResponse(null, reply);
    }
}
