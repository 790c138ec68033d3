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
import app.footnote.moderation.QuestionReport;
import app.footnote.moderation.ReportQuestion;
import app.footnote.moderation.ReportReason;

/**
 * The Report button under a reveal and its form: a reason and a note, for the server's moderators. The button first
 * checks that the player can report (the round revealed, the question still asked, no report of theirs yet), so that
 * nobody fills in a form for nothing.
 */
@ApplicationScoped
public class ReportButton extends RoundFormButton {

    static final String KIND = "report";
    static final String FORM_KIND = "report-form";
    static final String LABEL = "Report";
    static final String REASON = "reason";
    static final String NOTE = "note";
    private static final int REASON_LENGTH = 20;

    private final ReportQuestion reportQuestion;

    ReportButton(ReportQuestion reportQuestion) {
        this.reportQuestion = reportQuestion;
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
        return reportQuestion.refusal(server.getIdAsString(), roundId, interaction.getUser().getIdAsString())
                .map(refused -> FirstResponse.reply(DiscordReply.privately(DiscordText.TEXTS.report(refused))))
                .orElseGet(() -> FirstResponse.modal(new DiscordModal(formId(roundId), "Report this question",
                        List.of(DiscordModal.input(REASON, "Reason", false, REASON_LENGTH, true,
                                String.join(", ", ReportReason.labels()), null),
                                DiscordModal.input(NOTE, "Note for the moderators (optional)", true,
                                        QuestionReport.MAX_NOTE, false, "What is wrong, and where you read"
                                                + " otherwise",
                                        null)))));
    }

    @Override
    DiscordReply submitForm(ModalInteraction interaction, Server server, long roundId) {
        return DiscordReply.privately(DiscordText.TEXTS.report(reportQuestion.report(server.getIdAsString(),
                roundId, interaction.getUser().getIdAsString(),
                AnswerButton.displayName(interaction.getUser(), server),
                interaction.getTextInputValueByCustomId(REASON).orElse(""),
                interaction.getTextInputValueByCustomId(NOTE).orElse(""))));
    }
}
