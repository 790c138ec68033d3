package app.footnote.chat.discord.round;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;

import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordModal;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.FormHandler;
import app.footnote.game.JudgeAnswer;
import app.footnote.game.RecordAnswer;

/**
 * A typed round's Answer button and its form of one text field: the player's typed answer, acknowledged to them alone
 * and final. The button opens the form only while the round takes typed answers, from what is kept in memory; the
 * answer is judged and stored on submitting, through the same writer as a click.
 */
@ApplicationScoped
public class TypedAnswerButton implements ComponentHandler, FormHandler {

    static final String KIND = "type";
    static final String FORM_KIND = "typed-answer";
    static final String LABEL = "Answer";
    static final String ANSWER = "answer";
    private static final Pattern ROUND = Pattern.compile("\\d{1,18}");

    private final RecordAnswer recordAnswer;

    TypedAnswerButton(RecordAnswer recordAnswer) {
        this.recordAnswer = recordAnswer;
    }

    static String customId(long roundId) {
        return ComponentId.of(KIND, roundId).text();
    }

    static String formId(long roundId) {
        return ComponentId.of(FORM_KIND, roundId).text();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String formKind() {
        return FORM_KIND;
    }

    @Override
    public boolean opensModal(ComponentId id) {
        return true;
    }

    @Override
    public FirstResponse openModal(MessageComponentInteraction interaction, Server server, ComponentId id) {
        if (!isRound(id)) {
            return FirstResponse.reply(DiscordReply.privately(SourceButton.NO_ROUND));
        }
        long roundId = Long.parseLong(id.parts().get(0));
        return recordAnswer.typingRefusal(server.getIdAsString(), roundId)
                .map(refused -> FirstResponse.reply(DiscordReply.privately(DiscordText.TEXTS.answer(refused))))
                .orElseGet(() -> FirstResponse.modal(new DiscordModal(formId(roundId), "Your answer",
                        List.of(DiscordModal.input(ANSWER, "Your answer (final once sent)", false,
                                JudgeAnswer.MAX_TYPED_LENGTH, true, "Type the answer", null)))));
    }

    @Override
    public DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        throw new UnsupportedOperationException("the Answer button always opens its form");
    }

    @Override
    public DiscordReply submit(ModalInteraction interaction, Server server, ComponentId id) {
        if (!isRound(id)) {
            return DiscordReply.privately(SourceButton.NO_ROUND);
        }
        return DiscordReply.privately(DiscordText.TEXTS.answer(recordAnswer.answerTyped(server.getIdAsString(),
                Long.parseLong(id.parts().get(0)), interaction.getUser().getIdAsString(),
                AnswerButton.displayName(interaction.getUser(), server),
                interaction.getTextInputValueByCustomId(ANSWER).orElse(""))));
    }

    private static boolean isRound(ComponentId id) {
        return id.parts().size() == 1 && ROUND.matcher(id.parts().get(0)).matches();
    }
}
