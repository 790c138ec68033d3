package app.footnote.chat.discord.moderation;

import java.util.List;
import java.util.stream.Collectors;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.round.RoundMessages;
import app.footnote.moderation.Actor;
import app.footnote.moderation.HistoryEntry;
import app.footnote.moderation.ServerQuestion;

/** A question as moderators see it, answer included: for {@code show}, for a draft to confirm, for review. */
final class QuestionEmbeds {

    static final String ANSWER = "Answer";
    static final String WRONG = "Wrong answers";
    static final String PROBLEMS = "To fix";
    static final String CHANGES = "Changes";
    private static final int CHANGES_SHOWN = 5;

    private QuestionEmbeds() {
    }

    /** Everything a question says; what came from people is escaped so it cannot break the layout or ping. */
    static DiscordEmbed of(String title, BankQuestion question) {
        DiscordEmbed embed = new DiscordEmbed(title).description(question.prompt() == null ? "*(no prompt)*"
                : "**" + DiscordText.escape(question.prompt()) + "**");
        embed.field(ANSWER, orNone(question.answer()), true);
        embed.field("Category", orNone(question.category()), true);
        embed.field("Difficulty", orNone(question.difficulty()), true);
        embed.field(WRONG, question.wrong() == null || question.wrong().isEmpty() ? "—"
                : question.wrong().stream().map(w -> "• " + DiscordText.escape(w)).collect(Collectors.joining("\n")),
                false);
        embed.field("Explanation", orNone(question.explanation()), false);
        for (BankSource source : question.sources() == null ? List.<BankSource>of() : question.sources()) {
            embed.field(RoundMessages.FOOTNOTE, source(source), false);
        }
        return embed;
    }

    static DiscordEmbed of(ServerQuestion found, List<HistoryEntry> changes) {
        DiscordEmbed embed = of("Question " + found.id(), found.content())
                .footer((found.isShared() ? "Shared bank" : "This server's own") + " · "
                        + found.status().label());
        if (!changes.isEmpty()) {
            embed.field(CHANGES, changes.subList(Math.max(0, changes.size() - CHANGES_SHOWN), changes.size()).stream()
                    .map(QuestionEmbeds::change).collect(Collectors.joining("\n")), false);
        }
        return embed;
    }

    /** A draft that does not pass the rules yet: the problems, one per line. */
    static DiscordEmbed withProblems(DiscordEmbed embed, List<BankProblem> problems) {
        return embed.color(DiscordEmbed.TROUBLE_RED).field(PROBLEMS, problems.stream()
                .map(p -> "• " + (p.field() == null ? "" : "`" + p.field() + "` ") + DiscordText.escape(p.message()))
                .collect(Collectors.joining("\n")), false);
    }

    private static String source(BankSource source) {
        String quote = source.quote() == null ? "*(no quote)*" : "> " + DiscordText.escape(source.quote());
        if (source.url() != null) {
            return "<" + source.url() + "> (web page: the quote could not be checked against it)\n" + quote;
        }
        return "Article `" + (source.article() == null ? "?" : source.article()) + "`\n" + quote;
    }

    private static String change(HistoryEntry change) {
        String who = new Actor(change.actor()).discordUserId().map(id -> "<@" + id + ">").orElse(change.actor());
        return change.action().label() + " by " + who + " <t:" + change.changedAt().getEpochSecond() + ":R>";
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "—" : DiscordText.escape(text);
    }
}
