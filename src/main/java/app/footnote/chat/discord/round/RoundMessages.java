package app.footnote.chat.discord.round;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.ButtonStyle;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.component.LowLevelComponent;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.daily.Streak;
import app.footnote.game.AnswerMode;
import app.footnote.game.GameStandings;
import app.footnote.game.GameView;
import app.footnote.game.Reveal;
import app.footnote.game.RoundView;
import app.footnote.game.SourceOutcome;

/** How a round looks on Discord: the question with its buttons, the same closed, and the reveal. */
public final class RoundMessages {

    static final String CATEGORY = "Category";
    static final String DIFFICULTY = "Difficulty";
    static final String CLOSES = "Closes";
    public static final String WHO_GOT_IT = "Who got it";
    public static final String FOOTNOTE = "Footnote";
    public static final String DAILY_STREAKS = "Daily streaks";
    public static final String ALSO_ACCEPTED = "Also accepted";
    static final String TRIVIA_TITLE = "Trivia";
    static final String SOURCE_TITLE = "Source";
    public static final String EDITED_SINCE = "This question was edited after this round; this is what the round"
            + " asked.";
    public static final String DAILY_TITLE = "Daily question";
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private RoundMessages() {
    }

    public static final String STANDINGS_TITLE = "Final standings";

    public static DiscordReply question(RoundView round) {
        return question(round, triviaTitle(round));
    }

    /** "Trivia", or "Trivia · question 2 of 5" in a game. */
    static String triviaTitle(RoundView round) {
        return round.game() == null ? TRIVIA_TITLE : TRIVIA_TITLE + " · question " + round.game().number() + " of "
                + round.game().questions();
    }

    /** After a game's last round: its best players, their points and right answers. */
    static DiscordReply standings(GameStandings standings) {
        GameView game = standings.game();
        StringBuilder lines = new StringBuilder();
        for (GameStandings.Line line : standings.top()) {
            lines.append(String.format(Locale.ROOT, "%d. **%s** · %d points · %d right%n", line.rank(),
                    DiscordText.escape(line.displayName()), line.points(), line.correct()));
        }
        String description = (lines.isEmpty() ? "Nobody answered." : lines.toString().strip()) + "\n\n"
                + DiscordText.TEXTS.standingsNote(game);
        return DiscordReply.publicly(new DiscordEmbed(STANDINGS_TITLE).color(DiscordEmbed.RIGHT_GREEN)
                .description(description), List.of());
    }

    public static DiscordReply question(RoundView round, String title) {
        return DiscordReply.publicly(
                embed(round, title, CLOSES, round.closesAt()).footer(round.mode() == AnswerMode.TYPED
                        ? "Click Answer and type it; one answer per player, and it is final. The answer"
                                + " and its source come at the close."
                        : "One answer per player; the answer and its source come at the close."),
                round.mode() == AnswerMode.TYPED ? typedAnswerButton(round, false) : buttons(round, null));
    }

    /** The question as it stays once closed: buttons off, the right one in green (a typed round's one button off). */
    static DiscordReply closed(RoundView round, String title, String rightLabel) {
        return DiscordReply.publicly(embed(round, title, "Closed", round.closesAt()).footer("This round is closed."),
                round.mode() == AnswerMode.TYPED ? typedAnswerButton(round, true) : buttons(round, rightLabel));
    }

    /** @param streaks the server's longest daily streaks, for a daily question; else empty */
    static DiscordReply reveal(Reveal reveal, List<Streak> streaks) {
        StringBuilder players = new StringBuilder(reveal.correct() + " of " + reveal.answered() + " got it right");
        players.append(reveal.answered() == 0 ? "." : " (" + Math.round(100.0 * reveal.correct() / reveal.answered())
                + "%).");
        int place = 1;
        for (Reveal.Player player : reveal.fastest()) {
            players.append(String.format(Locale.ROOT, "%n%d. **%s** · %.1f s · +%d points", place++,
                    DiscordText.escape(player.displayName()), player.seconds(), player.points()));
        }
        // A typed round showed no choices, so its answer has no label.
        DiscordEmbed embed = new DiscordEmbed("Answer: " + (reveal.answerLabel() == null ? ""
                : reveal.answerLabel() + ". ") + DiscordText.escape(reveal.answer())).color(DiscordEmbed.RIGHT_GREEN)
                .description("**" + DiscordText.escape(reveal.prompt()) + "**\n\n"
                        + DiscordText.escape(reveal.explanation()));
        if (!reveal.accepted().isEmpty()) {
            embed.field(ALSO_ACCEPTED, DiscordText.TEXTS.accepted(reveal.accepted()), false);
        }
        embed.field(WHO_GOT_IT, players.toString(), false);
        if (!streaks.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (Streak streak : streaks) {
                lines.append("**").append(DiscordText.escape(streak.displayName())).append("** · ")
                        .append(streak.current()).append(" in a row\n");
            }
            embed.field(DAILY_STREAKS, lines.toString().strip(), false);
        }
        for (Reveal.Footnote footnote : reveal.footnotes()) {
            embed.field(FOOTNOTE, footnote(footnote), false);
        }
        return DiscordReply.publicly(embed, List.of(ActionRow.of(
                Button.secondary(SourceButton.customId(reveal.roundId()), SourceButton.LABEL),
                Button.secondary(ReportButton.customId(reveal.roundId()), ReportButton.LABEL))));
    }

    /** The evidence, for the clicker alone: each quote in its sentence, between the sentences around it. */
    static DiscordReply source(SourceOutcome.Shown shown) {
        StringBuilder description = new StringBuilder("**" + DiscordText.escape(shown.prompt()) + "**\nAnswer: "
                + DiscordText.escape(shown.answer()));
        if (shown.editedSince()) {
            description.append("\n\n*").append(EDITED_SINCE).append('*');
        }
        DiscordEmbed embed = new DiscordEmbed(SOURCE_TITLE).description(description.toString());
        for (SourceOutcome.Passage passage : shown.passages()) {
            embed.field(FOOTNOTE, passage(passage), false);
        }
        return DiscordReply.privately(embed);
    }

    /** The attribution first, then the passage with the quoted sentence in bold. */
    private static String passage(SourceOutcome.Passage passage) {
        if (passage.sentence() == null) {
            return footnote(passage.footnote());
        }
        String where = footnote(passage.footnote());
        where = where.substring(0, where.indexOf("\n> "));
        // The bold sentence is kept whole (or shortened inside its **); the sentences around it get what room is left.
        int room = DiscordText.EMBED_FIELD_VALUE - where.length() - "\n> ****".length();
        String sentence = DiscordText.shorten(DiscordText.escape(passage.sentence()), room);
        room -= sentence.length();
        String before = passage.before() == null ? "" : DiscordText.escape(passage.before()) + " ";
        before = before.length() <= room ? before : "";
        room -= before.length();
        String after = passage.after() == null || room < 2 ? ""
                : DiscordText.shorten(" " + DiscordText.escape(passage.after()), room);
        return where + "\n> " + before + "**" + sentence + "**" + after;
    }

    static String footnote(Reveal.Footnote footnote) {
        if (footnote.uncheckedWebPage()) {
            return "— *" + DiscordText.escape(footnote.url()) + "*, " + DiscordText.TEXTS.uncheckedWebPage() + "\n> "
                    + DiscordText.escape(footnote.quote());
        }
        StringBuilder where = new StringBuilder("*" + DiscordText.escape(footnote.articleTitle()) + "*");
        if (footnote.outlet() != null) {
            where.append(", ").append(DiscordText.escape(footnote.outlet()));
        }
        if (footnote.published() != null) {
            where.append(", ").append(PUBLISHED.format(footnote.published()));
        }
        if (footnote.url() != null) {
            // In angle brackets: a link, without the preview card Discord would add for it.
            where.append(" · <").append(footnote.url()).append(">");
        }
        // The source comes first so that a long quote, not the attribution, is what gets shortened.
        return "— " + where + "\n> " + DiscordText.escape(footnote.quote());
    }

    /** Discord shows a relative time ("in 25 seconds") in each reader's own clock. */
    static String countdown(Instant at) {
        return "<t:" + at.getEpochSecond() + ":R>";
    }

    private static DiscordEmbed embed(RoundView round, String title, String whenName, Instant when) {
        StringBuilder description = new StringBuilder("**" + DiscordText.escape(round.prompt()) + "**\n");
        for (RoundView.Choice choice : round.choices()) {
            description.append('\n').append(choice.label()).append(". ").append(DiscordText.escape(choice.text()));
        }
        return new DiscordEmbed(title).description(description.toString())
                .field(CATEGORY, DiscordText.escape(round.category()), true)
                .field(DIFFICULTY, round.difficulty(), true)
                .field(whenName, countdown(when), true);
    }

    /** A typed round's one Answer button, which opens the form to type the answer in; off once closed. */
    private static List<HighLevelComponent> typedAnswerButton(RoundView round, boolean closed) {
        return List.of(ActionRow.of(Button.create(TypedAnswerButton.customId(round.id()), ButtonStyle.PRIMARY,
                TypedAnswerButton.LABEL, closed)));
    }

    /** @param rightLabel {@code null} while the round is open; once closed, every button is off */
    private static List<HighLevelComponent> buttons(RoundView round, String rightLabel) {
        List<HighLevelComponent> rows = new ArrayList<>();
        List<LowLevelComponent> row = new ArrayList<>();
        for (RoundView.Choice choice : round.choices()) {
            // Button labels are plain text, not Markdown: shortened, never escaped.
            String label = DiscordText.shorten(choice.label() + ". " + choice.text(), DiscordText.BUTTON_LABEL);
            ButtonStyle style = choice.label().equals(rightLabel) ? ButtonStyle.SUCCESS : ButtonStyle.SECONDARY;
            row.add(Button.create(AnswerButton.customId(round.id(), choice.label()), style, label,
                    rightLabel != null));
            if (row.size() == DiscordText.BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }
}
