package app.footnote.chat.discord.scores;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;

import app.footnote.chat.CommandOptions;
import app.footnote.chat.OptionValue;
import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.score.Leaderboard;
import app.footnote.score.Leaderboards;
import app.footnote.score.Period;
import app.footnote.score.Standing;

/** {@code /leaderboard [period] [scope]}: the top ten, and the asker's own line when they are further down. */
@ApplicationScoped
public class LeaderboardCommand implements SlashCommandHandler {

    public static final String NAME = "leaderboard";
    public static final String PERIOD = CommandOptions.PERIOD;
    static final String SCOPE = "scope";
    static final String SERVER = "server";
    static final String GLOBAL = "global";

    private final Leaderboards leaderboards;

    LeaderboardCommand(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        return SlashCommand.with(NAME, "The top players, of this server or of every server.", List.of(
                SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, PERIOD,
                        "This week, this month, or all time (the default)", false,
                        List.of(SlashCommandOptionChoice.create("this week", Period.WEEK.label()),
                                SlashCommandOptionChoice.create("this month", Period.MONTH.label()),
                                SlashCommandOptionChoice.create("all time", Period.ALL.label()))),
                SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, SCOPE,
                        "This server (the default), or every server Footnote plays on", false,
                        List.of(SlashCommandOptionChoice.create("this server", SERVER),
                                SlashCommandOptionChoice.create("all servers", GLOBAL)))))
                .setEnabledInDms(false);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        OptionValue<Period> chosen = CommandOptions.period(interaction.getArgumentStringValueByName(PERIOD)
                .orElse(null));
        if (chosen.isRefused()) {
            return DiscordReply.privately(DiscordText.TEXTS.refused(chosen.refusal()));
        }
        Period period = chosen.value();
        boolean global = GLOBAL.equals(interaction.getArgumentStringValueByName(SCOPE).orElse(SERVER));
        Leaderboard board = leaderboards.leaderboard(global ? Period.GLOBAL_SCOPE : server.getIdAsString(), period,
                interaction.getUser().getIdAsString());
        String title = "Leaderboard · " + (global ? "all servers" : DiscordText.escape(server.getName())) + " · "
                + when(period);
        if (board.top().isEmpty()) {
            return DiscordReply.publicly(new DiscordEmbed(title).description("Nobody has scored " + when(period)
                    + " yet. Start a round with /trivia."), List.of());
        }
        StringBuilder lines = new StringBuilder();
        board.top().forEach(standing -> lines.append(line(standing)).append('\n'));
        if (board.asker() != null) {
            lines.append("…\n").append(line(board.asker())).append('\n');
        }
        return DiscordReply.publicly(new DiscordEmbed(title).description(lines.toString().strip())
                .footer(DiscordText.TEXTS.tieRule()), List.of());
    }

    private static String line(Standing standing) {
        return "**" + standing.rank() + ".** " + DiscordText.escape(standing.displayName()) + " — "
                + standing.points() + " points · " + standing.correct() + "/" + standing.answers() + " right";
    }

    private static String when(Period period) {
        return switch (period) {
            case WEEK -> "this week";
            case MONTH -> "this month";
            case ALL -> "all time";
        };
    }
}
