package app.footnote.chat.discord.round;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.ModalInteraction;

import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordModal;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.game.JudgeAnswer;
import app.footnote.game.RecordAnswer;

/**
 * A typed round's Answer button and its form of one text field: the player's typed answer, acknowledged to them alone
 * and final. The button opens the form only while the round takes typed answers, from what is kept in memory; the
 * answer is judged and stored on submitting, through the same writer as a click.
 */
@ApplicationScoped
public class TypedAnswerButton extends RoundFormButton {

    static final String KIND = "type";
    static final String FORM_KIND = "typed-answer";
    static final String LABEL = "Answer";
    static final String ANSWER = "answer";

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
    FirstResponse openForm(MessageComponentInteraction interaction, Server server, long roundId) {
        return recordAnswer.typingRefusal(server.getIdAsString(), roundId)
                .map(refused -> FirstResponse.reply(DiscordReply.privately(DiscordText.TEXTS.answer(refused))))
                .orElseGet(() -> FirstResponse.modal(new DiscordModal(formId(roundId), "Your answer",
                        List.of(DiscordModal.input(ANSWER, "Your answer (final once sent)", false,
                                JudgeAnswer.MAX_TYPED_LENGTH, true, "Type the answer", null)))));
    }

    @Override
    DiscordReply submitForm(ModalInteraction interaction, Server server, long roundId) {
        return DiscordReply.privately(DiscordText.TEXTS.answer(recordAnswer.answerTyped(server.getIdAsString(),
                roundId, interaction.getUser().getIdAsString(),
                AnswerButton.displayName(interaction.getUser(), server),
                interaction.getTextInputValueByCustomId(ANSWER).orElse(""))));
    }
}
