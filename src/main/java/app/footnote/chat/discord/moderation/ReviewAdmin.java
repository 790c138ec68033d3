package app.footnote.chat.discord.moderation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.jboss.logging.Logger;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.ComponentHandler;
import app.footnote.chat.discord.ComponentId;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.moderation.Actor;
import app.footnote.moderation.Draft;
import app.footnote.moderation.Reports;
import app.footnote.moderation.ReviewQueue;
import app.footnote.moderation.ServerQuestion;

/**
 * {@code /trivia-admin review}: questions players reported, most reported first, with Dismiss and Retire buttons;
 * then members' suggestions one at a time, oldest first, with Approve and Reject buttons.
 * An approved suggestion becomes a question of the server and its author is told in the channel they suggested from.
 */
@ApplicationScoped
class ReviewAdmin implements ComponentHandler {

    static final String REVIEW = "review";
    static final String KIND = "review";
    static final String APPROVE = "approve";
    static final String REJECT = "reject";
    static final String DISMISS = "dismiss";
    static final String RETIRE = "retire";
    static final String REPORTS = "Report";
    /** How much of a report's note the review shows; the REST API gives it whole. */
    static final int NOTE_SHOWN = 300;
    static final String EMPTY = "No suggestions are waiting. Members suggest questions with `/trivia-suggest`.";

    private static final Logger LOG = Logger.getLogger(ReviewAdmin.class);

    private final ReviewQueue queue;
    private final Reports reports;
    private final Moderators moderators;
    private final ChannelMessages channelMessages;

    ReviewAdmin(ReviewQueue queue, Reports reports, Moderators moderators, ChannelMessages channelMessages) {
        this.queue = queue;
        this.reports = reports;
        this.moderators = moderators;
        this.channelMessages = channelMessages;
    }

    static SlashCommandOption declaration() {
        return SlashCommandOption.createSubcommand(REVIEW,
                "Reported questions, then members' suggested questions, one at a time.");
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The most reported question first; once none is reported, the oldest suggestion. */
    DiscordReply next(Server server) {
        List<Reports.Reported> reported = reports.open(server.getIdAsString());
        return reported.isEmpty() ? nextSuggestion(server) : reported(reported.get(0), reported.size());
    }

    private static DiscordReply reported(Reports.Reported reported, int waiting) {
        ServerQuestion question = reported.question();
        int count = reported.reports().size();
        DiscordEmbed embed = QuestionEmbeds.of("Reported by " + count + (count == 1 ? " player" : " players")
                + (reported.paused() ? " · out of play until you decide" : ""), question.content());
        // A field each, its note shortened: one long note cannot crowd the other reports out.
        int number = 1;
        for (Reports.Report report : reported.reports()) {
            embed.field(REPORTS + " " + number++ + " · " + report.reason(), "**"
                    + DiscordText.escape(report.displayName()) + "**" + (report.note() == null ? ""
                            : ": " + DiscordText.shorten(DiscordText.escape(report.note()), NOTE_SHOWN)),
                    false);
        }
        embed.footer(waiting + " reported " + (waiting == 1 ? "question" : "questions") + " waiting"
                + (question.isShared() ? "; a shared question: retiring switches it off here"
                        : "; to correct it, /trivia-admin edit id:" + question.id()));
        return DiscordReply.privately(embed).withComponents(List.<HighLevelComponent>of(ActionRow.of(
                Button.secondary(ComponentId.of(KIND, DISMISS, question.key()).text(), "Dismiss"),
                Button.danger(ComponentId.of(KIND, RETIRE, question.key()).text(),
                        question.isShared() ? "Switch off here" : "Retire"))));
    }

    private DiscordReply nextSuggestion(Server server) {
        return queue.next(server.getIdAsString()).map(next -> {
            long id = next.draft().id();
            DiscordEmbed embed = QuestionEmbeds.of("Suggested by " + DiscordText.escape(next.draft().authorName()),
                    next.question()).footer(next.waiting() + " waiting for review");
            return DiscordReply.privately(embed).withComponents(List.<HighLevelComponent>of(ActionRow.of(
                    Button.success(ComponentId.of(KIND, APPROVE, id).text(), "Approve"),
                    Button.danger(ComponentId.of(KIND, REJECT, id).text(), "Reject"))));
        }).orElse(DiscordReply.privately(EMPTY));
    }

    @Override
    public DiscordReply handle(MessageComponentInteraction interaction, Server server, ComponentId id) {
        if (!moderators.mayModerate(server, interaction.getUser())) {
            return DiscordReply.privately(Moderators.REFUSAL);
        }
        // A suggestion's draft id, or a reported question's key.
        long subject = Long.parseLong(id.part(1).orElseThrow());
        String guildId = server.getIdAsString();
        Actor moderator = Actor.discordUser(interaction.getUser().getIdAsString());
        return Refusals.privatelyIfRefused(() -> {
            String done;
            String action = id.part(0).orElseThrow();
            if (action.equals(DISMISS) || action.equals(RETIRE)) {
                Reports.Decided decided = action.equals(DISMISS) ? reports.dismiss(guildId, subject, moderator)
                        : reports.retire(guildId, subject, moderator);
                // A question id is kebab-case: nothing in it can end the code span.
                done = "`" + decided.question().id() + "`: " + decided.decision() + " ("
                        + decided.reportsClosed() + (decided.reportsClosed() == 1 ? " report" : " reports")
                        + " closed).";
            } else if (action.equals(APPROVE)) {
                ReviewQueue.Approved approved = queue.approve(subject, guildId, moderator);
                tellAuthor(interaction, approved);
                done = "Approved: now `" + approved.question().id() + "` on this server.";
            } else {
                queue.reject(subject, guildId, moderator);
                done = "Rejected.";
            }
            return next(server).prefixed(done);
        });
    }

    private void tellAuthor(InteractionBase interaction, ReviewQueue.Approved approved) {
        Draft draft = approved.draft();
        Optional<DiscordApi> api = Optional.ofNullable(interaction.getApi());
        if (draft.channelId() == null || api.isEmpty()) {
            return;
        }
        String text = "<@" + draft.authorId() + ">, your suggested question was approved: \""
                + DiscordText.escape(approved.question().content().prompt()) + "\" is now part of this server's"
                + " trivia. Thank you!";
        channelMessages.send(api.get(), draft.channelId(), DiscordReply.notifying(draft.authorId(), text))
                .exceptionally(error -> {
                    // The approval stands; only the thank-you did not get through.
                    LOG.warnf("Could not tell %s in channel %s that suggestion %d was approved: %s", draft.authorId(),
                            draft.channelId(), draft.id(), error);
                    return null;
                });
    }
}
