package app.footnote.chat.discord.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.channel.ChannelType;
import org.javacord.api.entity.channel.ServerChannel;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FirstResponse;
import app.footnote.chat.discord.SlashCommandHandler;
import app.footnote.chat.discord.daily.DailyAdmin;
import app.footnote.game.GameConfig;
import app.footnote.game.RoundLength;
import app.footnote.moderation.ModeratorRole;
import app.footnote.moderation.NoticeChannel;

/**
 * {@code /trivia-admin}: the moderators' commands, shown by default only to members with Manage Server:
 * {@code settings}, the server's questions ({@link QuestionAdmin}), the suggestion {@code review}, the
 * {@code daily} group and the {@code feeds} group.
 */
@ApplicationScoped
public class AdminCommand implements SlashCommandHandler {

    public static final String NAME = "trivia-admin";
    public static final String SETTINGS = "settings";
    public static final String ROUND_SECONDS = "round-seconds";
    public static final String MODERATOR_ROLE = "moderator-role";
    public static final String CLEAR_MODERATOR_ROLE = "clear-moderator-role";
    public static final String NOTICE_CHANNEL = "notice-channel";
    public static final String CLEAR_NOTICE_CHANNEL = "clear-notice-channel";
    /** What the settings show for a server without a notice channel. */
    public static final String NO_NOTICE_CHANNEL = "none: where each feed was added";

    private final Moderators moderators;
    private final RoundLength roundLength;
    private final ModeratorRole moderatorRole;
    private final NoticeChannel noticeChannel;
    private final DailyAdmin dailyAdmin;
    private final QuestionAdmin questionAdmin;
    private final ReviewAdmin reviewAdmin;
    private final FeedAdmin feedAdmin;

    AdminCommand(Moderators moderators, RoundLength roundLength, ModeratorRole moderatorRole,
            NoticeChannel noticeChannel, DailyAdmin dailyAdmin, QuestionAdmin questionAdmin, ReviewAdmin reviewAdmin,
            FeedAdmin feedAdmin) {
        this.feedAdmin = feedAdmin;
        this.noticeChannel = noticeChannel;
        this.moderators = moderators;
        this.roundLength = roundLength;
        this.moderatorRole = moderatorRole;
        this.dailyAdmin = dailyAdmin;
        this.questionAdmin = questionAdmin;
        this.reviewAdmin = reviewAdmin;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandBuilder declaration() {
        List<SlashCommandOption> options = new ArrayList<>();
        options.add(SlashCommandOption.createSubcommand(SETTINGS, "Show the settings, or change those you give.",
                List.of(
                        SlashCommandOption.createLongOption(ROUND_SECONDS, "How long rounds stay open, in seconds",
                                false, GameConfig.MIN_ROUND_SECONDS, GameConfig.MAX_ROUND_SECONDS),
                        SlashCommandOption.createRoleOption(MODERATOR_ROLE,
                                "Members with this role may use /trivia-admin too", false),
                        SlashCommandOption.createBooleanOption(CLEAR_MODERATOR_ROLE,
                                "Leave moderation to members with Manage Server only", false),
                        SlashCommandOption.createChannelOption(NOTICE_CHANNEL,
                                "Where moderators are told of the feeds' new questions (default: where each was added)",
                                false, List.of(ChannelType.SERVER_TEXT_CHANNEL, ChannelType.SERVER_NEWS_CHANNEL)),
                        SlashCommandOption.createBooleanOption(CLEAR_NOTICE_CHANNEL,
                                "Tell moderators in the channel where each feed was added", false))));
        options.addAll(QuestionAdmin.declarations());
        options.add(ReviewAdmin.declaration());
        options.add(DailyAdmin.declaration());
        options.add(FeedAdmin.declaration());
        return SlashCommand.with(NAME, "Footnote's questions, settings and daily question here (moderators).", options)
                .setDefaultEnabledForPermissions(PermissionType.MANAGE_SERVER).setEnabledInDms(false);
    }

    @Override
    public boolean ephemeral() {
        return true;
    }

    @Override
    public boolean opensModal(SlashCommandInteraction interaction) {
        return QuestionAdmin.opensModal(subcommand(interaction));
    }

    @Override
    public FirstResponse openModal(SlashCommandInteraction interaction, Server server) {
        if (!moderators.mayModerate(server, interaction.getUser())) {
            return FirstResponse.reply(DiscordReply.privately(Moderators.REFUSAL));
        }
        return questionAdmin.openModal(subcommand(interaction), interaction, server);
    }

    @Override
    public DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        if (!moderators.mayModerate(server, interaction.getUser())) {
            return DiscordReply.privately(Moderators.REFUSAL);
        }
        String subcommand = subcommand(interaction);
        if (subcommand.equals(DailyAdmin.GROUP)) {
            return dailyAdmin.handle(interaction, server);
        }
        if (subcommand.equals(FeedAdmin.GROUP)) {
            return feedAdmin.handle(interaction, server);
        }
        if (QuestionAdmin.handles(subcommand)) {
            return questionAdmin.handle(subcommand, interaction, server);
        }
        if (subcommand.equals(ReviewAdmin.REVIEW)) {
            return reviewAdmin.next(server);
        }
        return settings(interaction, server);
    }

    /** The word after /trivia-admin: a subcommand, or the daily group. */
    private static String subcommand(SlashCommandInteraction interaction) {
        String[] words = interaction.getFullCommandName().split(" ");
        return words.length > 1 ? words[1] : "";
    }

    private DiscordReply settings(SlashCommandInteraction interaction, Server server) {
        String guildId = server.getIdAsString();
        Optional<Long> seconds = interaction.getArgumentLongValueByName(ROUND_SECONDS);
        Optional<Role> role = interaction.getArgumentRoleValueByName(MODERATOR_ROLE);
        boolean clearRole = interaction.getArgumentBooleanValueByName(CLEAR_MODERATOR_ROLE).orElse(false);
        Optional<ServerChannel> channel = interaction.getArgumentChannelValueByName(NOTICE_CHANNEL);
        boolean clearChannel = interaction.getArgumentBooleanValueByName(CLEAR_NOTICE_CHANNEL).orElse(false);
        // Check everything before changing anything, so a bad value leaves all settings as they were.
        Optional<String> badLength = seconds.flatMap(RoundLength::problem);
        if (badLength.isPresent()) {
            return DiscordReply.privately(ROUND_SECONDS + " " + badLength.get() + ". Nothing was changed.");
        }
        if (role.isPresent() && clearRole) {
            return DiscordReply.privately("Give " + MODERATOR_ROLE + " or " + CLEAR_MODERATOR_ROLE
                    + ", not both. Nothing was changed.");
        }
        if (channel.isPresent() && clearChannel) {
            return DiscordReply.privately("Give " + NOTICE_CHANNEL + " or " + CLEAR_NOTICE_CHANNEL
                    + ", not both. Nothing was changed.");
        }
        seconds.ifPresent(value -> roundLength.set(guildId, value.intValue()));
        role.ifPresent(value -> moderatorRole.set(guildId, value.getIdAsString()));
        if (clearRole) {
            moderatorRole.set(guildId, null);
        }
        channel.ifPresent(value -> noticeChannel.set(guildId, value.getIdAsString()));
        if (clearChannel) {
            noticeChannel.set(guildId, null);
        }
        boolean changed = seconds.isPresent() || role.isPresent() || clearRole || channel.isPresent() || clearChannel;
        return DiscordReply.privately(new DiscordEmbed(changed ? "Settings saved" : "Settings")
                .field("Round length", roundLength.of(guildId) + " seconds", true)
                .field("Moderator role", moderatorRole.of(guildId).map(id -> "<@&" + id + ">")
                        .orElse("none: Manage Server only"), true)
                .field("Notice channel", noticeChannel.of(guildId).map(id -> "<#" + id + ">")
                        .orElse(NO_NOTICE_CHANNEL), true));
    }
}
