package app.footnote.chat.discord;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;

/** One slash command: how it is declared to Discord, and what it does. */
public interface SlashCommandHandler {

    String name();

    SlashCommandBuilder declaration();

    /**
     * Whether the reply is for the user alone; known before any work is done, so the deferral can match it. Public
     * by default: a public reply can still turn private (an error, say) by replacing the placeholder.
     */
    default boolean ephemeral() {
        return false;
    }

    /** Whether this invocation answers with a form, which Discord takes only as the first answer, never deferred. */
    default boolean opensModal(SlashCommandInteraction interaction) {
        return false;
    }

    /** Runs on a worker thread when {@link #opensModal} says so: the form, or a reply saying why there is none. */
    default FirstResponse openModal(SlashCommandInteraction interaction, Server server) {
        throw new UnsupportedOperationException(name() + " opens no form");
    }

    /** Runs on a worker thread, after Discord has been told the reply is coming. */
    DiscordReply handle(SlashCommandInteraction interaction, Server server);
}
