package app.footnote.chat.discord;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.ModalInteraction;

/** One kind of form (Discord's modal), as {@link ComponentHandler} is one kind of button. */
public interface FormHandler {

    /** The {@link ComponentId#kind()} of this handler's forms. */
    String formKind();

    /** Runs on a worker thread, after Discord has been told a reply for the submitter alone is coming. */
    DiscordReply submit(ModalInteraction interaction, Server server, ComponentId id);
}
