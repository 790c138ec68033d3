package app.footnote.chat.discord;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.MessageComponentInteraction;

/** One kind of button, as {@link SlashCommandHandler} is one command: the ids it owns, and what a click does. */
public interface ComponentHandler {

    /** The {@link ComponentId#kind()} of this handler's buttons. */
    String kind();

    /** Whether this click answers with a form, which Discord takes only as the first answer, never deferred. */
    default boolean opensModal(ComponentId id) {
        return false;
    }

    /** Runs on a worker thread when {@link #opensModal} says so: the form, or a reply saying why there is none. */
    default FirstResponse openModal(MessageComponentInteraction interaction, Server server, ComponentId id) {
        throw new UnsupportedOperationException(kind() + " buttons open no form");
    }

    /** Runs on a worker thread, after Discord has been told a reply for the clicker alone is coming. */
    DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id);
}
