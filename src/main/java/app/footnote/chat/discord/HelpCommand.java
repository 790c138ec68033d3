package app.footnote.chat.discord;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;

import app.footnote.bank.Difficulty;
import app.footnote.game.GameConfig;
import app.footnote.game.Scoring;

/** {@code /trivia-help}: what Footnote does and its commands, on one screen, for the asker alone. */
@ApplicationScoped
class HelpCommand implements SlashCommandHandler {

    static final String NAME = "trivia-help";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        return SlashCommand.with(NAME, "What Footnote does, and its commands.").setEnabledInDms(false);
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        return DiscordReply.privately(new DiscordEmbed("Footnote — trivia with sources").description(
                "Questions come from news articles, and every answer comes with its footnote: the article and"
                        + " the sentence it is taken from.\n\n"
                        + "**/trivia** `[category]` `[difficulty]` `[questions]` `[news]` `[mode]` — start a round here"
                        + " (`news:week`: only this week's news); click a button to answer. One answer per player; the answer is revealed when the round closes, with"
                        + " **Source** (the quoted sentence and the sentences around it, for you alone) and **Report**"
                        + " (tell the moderators what is wrong with the question). With `questions` (up to "
                        + GameConfig.MAX_GAME_QUESTIONS + "), a game: that many rounds back to back, then the final"
                        + " standings. With `mode:typed`, you type the answer instead (the **Answer** button).\n"
                        + "**/trivia-stop** — end this channel's game after the current question (whoever started"
                        + " it, or a moderator).\n"
                        + "**/leaderboard** `[period]` `[scope]` — the top players this week, month or all time,"
                        + " on this server or all servers.\n"
                        + "**/stats** `[user]` — points, rank, accuracy, streak and daily streak.\n"
                        + "**/trivia-suggest** — propose a question; the moderators review it.\n"
                        + "**/trivia-admin** — this server's questions (add, edit, retire, restore, show, import,"
                        + " export, review), its news feeds, settings and the daily question (Manage Server or the"
                        + " moderator role).")
                .field("Scoring", "Easy " + Scoring.BASE_POINTS.get(Difficulty.EASY) + ", medium "
                        + Scoring.BASE_POINTS.get(Difficulty.MEDIUM) + ", hard "
                        + Scoring.BASE_POINTS.get(Difficulty.HARD)
                        + " points, plus up to half again for answering fast. Wrong answers cost nothing but the"
                        + " streak.", false));
    }
}
