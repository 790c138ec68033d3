package app.footnote.chat.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.MessageComponentInteraction;

import app.footnote.game.AnswerOutcome;
import app.footnote.game.RecordAnswer;

/** A click on one of a round's choices: the player's answer, acknowledged to them alone. */
@ApplicationScoped
class AnswerButton {

    static final String PREFIX = "answer:";
    private static final Pattern CUSTOM_ID = Pattern.compile("answer:(\\d{1,18}):([A-Z])");

    private final RecordAnswer recordAnswer;

    AnswerButton(RecordAnswer recordAnswer) {
        this.recordAnswer = recordAnswer;
    }

    /** What Discord sends back when the button is clicked: the round and the choice, well under 100 characters. */
    static String customId(long roundId, String label) {
        return PREFIX + roundId + ":" + label;
    }

    static boolean handles(String customId) {
        return customId.startsWith(PREFIX);
    }

    DiscordReply handle(MessageComponentInteraction interaction, Server server) {
        Matcher id = CUSTOM_ID.matcher(interaction.getCustomId());
        if (!id.matches()) {
            return DiscordReply.privately("This button is not one of Footnote's answers.");
        }
        User user = interaction.getUser();
        AnswerOutcome outcome = recordAnswer.answer(server.getIdAsString(), Long.parseLong(id.group(1)),
                user.getIdAsString(), displayName(user, server), id.group(2));
        return DiscordReply.privately(DiscordText.TEXTS.answer(outcome));
    }

    static String displayName(User user, Server server) {
        return Optional.ofNullable(user.getDisplayName(server)).filter(name -> !name.isBlank()).orElse(user.getName());
    }
}
