package app.footnote.chat.discord.round;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.MessageComponentInteraction;

import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.game.ShowSource;
import app.footnote.game.SourceOutcome;

/** The Source button under a reveal: the quoted sentence with its neighbours, for the clicker alone. */
@ApplicationScoped
public class SourceButton implements ComponentHandler {

    static final String KIND = "source";
    static final String LABEL = "Source";
    static final String NOT_YET = "The source comes with the answer, when the round closes.";
    static final String NO_ROUND = "There is no such round.";

    private final ShowSource showSource;

    SourceButton(ShowSource showSource) {
        this.showSource = showSource;
    }

    static String customId(long roundId) {
        return ComponentId.of(KIND, roundId).text();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        OptionalLong round = id.number(0);
        if (id.parts().size() != 1 || round.isEmpty()) {
            return DiscordReply.privately(NO_ROUND);
        }
        SourceOutcome outcome = showSource.show(server.getIdAsString(), round.getAsLong());
        if (outcome instanceof SourceOutcome.Shown shown) {
            return RoundMessages.source(shown);
        }
        return DiscordReply.privately(outcome instanceof SourceOutcome.NotYetRevealed ? NOT_YET : NO_ROUND);
    }
}
