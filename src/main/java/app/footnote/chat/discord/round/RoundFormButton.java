package app.footnote.chat.discord.round;

import java.util.OptionalLong;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;

import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.FormHandler;

/**
 * A button of a round that always opens a form about that round (the Answer button of a typed round, Report under a
 * reveal): both the button's id and the form's name the round, and an id that names none gets the same private reply.
 */
abstract class RoundFormButton implements ComponentHandler, FormHandler {

    /** The form to open for the round, or a private reply saying why there is none. */
    abstract FirstResponse openForm(MessageComponentInteraction interaction, Server server, long roundId);

    /** What the player sent in the round's form. */
    abstract DiscordReply submitForm(ModalInteraction interaction, Server server, long roundId);

    @Override
    public final boolean opensModal(ComponentId id) {
        return true;
    }

    @Override
    public final FirstResponse openModal(MessageComponentInteraction interaction, Server server, ComponentId id) {
        OptionalLong round = roundOf(id);
        return round.isPresent() ? openForm(interaction, server, round.getAsLong())
                : FirstResponse.reply(DiscordReply.privately(SourceButton.NO_ROUND));
    }

    @Override
    public final DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        throw new UnsupportedOperationException("the " + kind() + " button always opens its form");
    }

    @Override
    public final DiscordReply submit(ModalInteraction interaction, Server server, ComponentId id) {
        OptionalLong round = roundOf(id);
        return round.isPresent() ? submitForm(interaction, server, round.getAsLong())
                : DiscordReply.privately(SourceButton.NO_ROUND);
    }

    private static OptionalLong roundOf(ComponentId id) {
        return id.parts().size() == 1 ? id.number(0) : OptionalLong.empty();
    }
}
