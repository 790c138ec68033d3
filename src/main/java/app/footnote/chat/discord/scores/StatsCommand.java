package app.footnote.chat.discord.scores;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.chat.discord.round.AnswerButton;
import app.footnote.daily.DailyStreaks;
import app.footnote.score.Leaderboards;
import app.footnote.score.PlayerStats;

/** {@code /stats [user]}: a player's record on this server, all time. */
@ApplicationScoped
public class StatsCommand implements SlashCommandHandler {

    public static final String NAME = "stats";
    public static final String USER = "user";

    private final Leaderboards leaderboards;
    private final DailyStreaks dailyStreaks;

    StatsCommand(Leaderboards leaderboards, DailyStreaks dailyStreaks) {
        this.leaderboards = leaderboards;
        this.dailyStreaks = dailyStreaks;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        return SlashCommand.with(NAME, "A player's points, rank, accuracy and streaks on this server.",
                List.of(SlashCommandOption.createUserOption(USER, "Whose stats (yours if left out)", false)))
                .setEnabledInDms(false);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        User user = interaction.getArgumentUserValueByName(USER).orElse(interaction.getUser());
        String name = DiscordText.escape(AnswerButton.displayName(user, server));
        String guildId = server.getIdAsString();
        return leaderboards.stats(guildId, user.getIdAsString())
                .map(stats -> DiscordReply.publicly(embed(name, stats)
                        .field("Daily streak", dailyStreaks.of(guildId, user.getIdAsString())
                                .map(streak -> streak.current() + " in a row (best " + streak.best() + ")")
                                .orElse("no daily question answered right yet"), true),
                        List.of()))
                .orElseGet(() -> DiscordReply.privately(name + " has not answered a question on this server yet."));
    }

    private static DiscordEmbed embed(String name, PlayerStats stats) {
        return new DiscordEmbed("Stats · " + name)
                .field("Points", String.valueOf(stats.points()), true)
                .field("Rank", "#" + stats.rank() + " on this server", true)
                .field("Right", stats.correct() + " of " + stats.answers() + " (" + stats.accuracy() + "%)", true)
                .field("Streak", stats.currentStreak() + " in a row (best " + stats.bestStreak() + ")", true);
    }
}
