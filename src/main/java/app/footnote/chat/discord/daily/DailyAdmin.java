package app.footnote.chat.discord.daily;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.channel.ChannelType;
import org.javacord.api.entity.channel.ServerChannel;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.daily.DailySchedules;
import app.footnote.daily.InvalidScheduleException;
import app.footnote.daily.ScheduleRequest;
import app.footnote.daily.ScheduleView;
import app.footnote.game.Origin;

/** {@code /trivia-admin daily set|off|show}: a server's daily question schedule. */
@ApplicationScoped
public class DailyAdmin {

    public static final String GROUP = "daily";
    static final String SET = "set";
    static final String OFF = "off";
    static final String SHOW = "show";

    private final DailySchedules schedules;

    DailyAdmin(DailySchedules schedules) {
        this.schedules = schedules;
    }

    public static SlashCommandOption declaration() {
        return SlashCommandOption.createSubcommandGroup(GROUP, "The daily question.", List.of(
                SlashCommandOption.createSubcommand(SET, "Post a question every day in a channel, at a local time.",
                        List.of(SlashCommandOption.createChannelOption(ScheduleRequest.CHANNEL, "Where to post it",
                                true, EnumSet.of(ChannelType.SERVER_TEXT_CHANNEL, ChannelType.SERVER_NEWS_CHANNEL)),
                                SlashCommandOption.createStringOption(ScheduleRequest.TIME,
                                        "Local time of day, HH:mm (24-hour), such as 18:30", true),
                                SlashCommandOption.createStringOption(ScheduleRequest.TIMEZONE,
                                        "Time zone, such as Europe/Paris or America/New_York", true),
                                SlashCommandOption.createStringOption(ScheduleRequest.CATEGORY,
                                        "Only questions of this category", false, true),
                                SlashCommandOption.createLongOption(ScheduleRequest.OPEN_HOURS,
                                        "Hours answers stay open (default: until 1 hour before the next one)", false,
                                        1, DailySchedules.MAX_OPEN_HOURS),
                                SlashCommandOption.createBooleanOption(ScheduleRequest.PREFER_NEWS,
                                        "Ask from this week's news first, when there is some (default: false)",
                                        false))),
                SlashCommandOption.createSubcommand(OFF, "Stop posting the daily question."),
                SlashCommandOption.createSubcommand(SHOW, "Show the daily question's schedule.")));
    }

    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        String guildId = server.getIdAsString();
        String subcommand = interaction.getFullCommandName().substring(interaction.getFullCommandName()
                .lastIndexOf(' ') + 1);
        if (subcommand.equals(OFF)) {
            return DiscordReply.privately(schedules.off(guildId) ? "The daily question is off."
                    : "There was no daily question to turn off.");
        }
        if (subcommand.equals(SET)) {
            Optional<ServerTextChannel> channel = interaction.getArgumentChannelValueByName(ScheduleRequest.CHANNEL)
                    .flatMap(ServerChannel::asServerTextChannel);
            if (channel.isEmpty() || !channel.get().canYouWrite() || !channel.get().canYouEmbedLinks()) {
                return DiscordReply.privately(ScheduleRequest.CHANNEL + ": Footnote cannot post there; give it View"
                        + " Channel, Send Messages and Embed Links in that channel, or choose another. Nothing was"
                        + " changed.");
            }
            try {
                schedules.set(Origin.DISCORD, guildId, new ScheduleRequest(channel.get().getIdAsString(),
                        interaction.getArgumentStringValueByName(ScheduleRequest.TIME).orElse(null),
                        interaction.getArgumentStringValueByName(ScheduleRequest.TIMEZONE).orElse(null),
                        interaction.getArgumentStringValueByName(ScheduleRequest.CATEGORY).orElse(null),
                        interaction.getArgumentLongValueByName(ScheduleRequest.OPEN_HOURS).map(Long::intValue)
                                .orElse(null),
                        interaction.getArgumentBooleanValueByName(ScheduleRequest.PREFER_NEWS).orElse(false)),
                        interaction.getUser().getIdAsString());
            } catch (InvalidScheduleException e) {
                return DiscordReply.privately(DiscordText.escape(e.getMessage()) + ". Nothing was changed.");
            }
        }
        return schedules.of(guildId).map(schedule -> DiscordReply.privately(shown(schedule)))
                .orElseGet(() -> DiscordReply.privately("No daily question is scheduled. Set one with /trivia-admin"
                        + " daily set."));
    }

    private static DiscordEmbed shown(ScheduleView schedule) {
        return new DiscordEmbed("Daily question")
                .field("Channel", "<#" + schedule.channelId() + ">", true)
                .field("Time", schedule.postTime() + " " + schedule.timeZone(), true)
                .field("Category", schedule.category() == null ? "any" : DiscordText.escape(schedule.category()), true)
                .field("Open for", schedule.openHours() == null ? "until 1 hour before the next one"
                        : schedule.openHours() + " hours", true)
                .field("News", schedule.preferNews() ? "this week's first" : "any question", true)
                .footer("Last changed by user " + schedule.updatedBy());
    }
}
