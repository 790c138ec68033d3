package app.footnote.chat.discord.round;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.MessageComponentInteraction;

import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.game.AnswerOutcome;
import app.footnote.game.RecordAnswer;

/** A click on one of a round's choices: the player's answer, acknowledged to them alone. */
@ApplicationScoped
public class AnswerButton implements ComponentHandler {

    static final String KIND = "answer";
    private static final Pattern LABEL = Pattern.compile("[A-Z]");

    private final RecordAnswer recordAnswer;

    AnswerButton(RecordAnswer recordAnswer) {
        this.recordAnswer = recordAnswer;
    }

    /** What Discord sends back when the button is clicked: the round and the choice, well under 100 characters. */
    static String customId(long roundId, String label) {
        return ComponentId.of(KIND, roundId, label).text();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        OptionalLong round = id.number(0);
        String label = id.part(1).orElse("");
        if (id.parts().size() != 2 || round.isEmpty() || !LABEL.matcher(label).matches()) {
            return DiscordReply.privately("This button is not one of Footnote's answers.");
        }
        User user = interaction.getUser();
        AnswerOutcome outcome = recordAnswer.answer(server.getIdAsString(), round.getAsLong(),
                user.getIdAsString(), displayName(user, server), label);
        return DiscordReply.privately(DiscordText.TEXTS.answer(outcome));
    }

    public static String displayName(User user, Server server) {
        return Optional.ofNullable(user.getDisplayName(server)).filter(name -> !name.isBlank()).orElse(user.getName());
    }
}
