package app.footnote.chat.discord.moderation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;

import app.footnote.chat.discord.DiscordEmbed;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.DiscordText;
import app.footnote.moderation.Actor;
import app.footnote.moderation.NoticeChannel;
import app.footnote.news.FeedView;
import app.footnote.news.Feeds;

/**
 * {@code /trivia-admin feeds add|list|remove}: the RSS and Atom feeds a server follows, each read once when it is
 * added. Moderators are told of new questions in the server's notice channel, else in the channel where the feed was
 * added.
 */
@ApplicationScoped
public class FeedAdmin {

    public static final String GROUP = "feeds";
    public static final String ADD = "add";
    public static final String LIST = "list";
    public static final String REMOVE = "remove";
    public static final String URL = "url";
    public static final String CATEGORY = "category";
    public static final String AUTO = "auto";
    public static final String ID = "id";
    /** What one feed may take of the list's embed, which holds every feed a server may follow. */
    private static final int FIELD_VALUE = 450;

    private final Feeds feeds;
    private final NoticeChannel noticeChannel;

    FeedAdmin(Feeds feeds, NoticeChannel noticeChannel) {
        this.feeds = feeds;
        this.noticeChannel = noticeChannel;
    }

    static SlashCommandOption declaration() {
        return SlashCommandOption.createSubcommandGroup(GROUP,
                "The RSS and Atom feeds whose articles become questions.",
                List.of(SlashCommandOption.createSubcommand(ADD,
                        "Follow a feed: each new article's questions wait for review, and you are told.",
                        List.of(SlashCommandOption.createStringOption(URL, "The feed's address (http or https)",
                                true),
                                SlashCommandOption.createStringOption(CATEGORY,
                                        "The category its questions get (default: the generator's)", false),
                                SlashCommandOption.createBooleanOption(AUTO,
                                        "Put questions that pass the rules straight into play (default: false)",
                                        false))),
                        SlashCommandOption.createSubcommand(LIST, "The feeds this server follows, and how each fares."),
                        SlashCommandOption.createSubcommand(REMOVE,
                                "Stop following a feed; the questions it brought stay.",
                                List.of(SlashCommandOption.createLongOption(ID, "The feed's number, from feeds list",
                                        true)))));
    }

    DiscordReply handle(SlashCommandInteraction interaction, Server server) {
        String guildId = server.getIdAsString();
        String name = interaction.getFullCommandName();
        String subcommand = name.substring(name.lastIndexOf(' ') + 1);
        return Refusals.privatelyIfRefused(() -> switch (subcommand) {
            case ADD -> {
                FeedView added = feeds.add(guildId, interaction.getArgumentStringValueByName(URL).orElse(""),
                        interaction.getArgumentStringValueByName(CATEGORY).orElse(null),
                        interaction.getArgumentBooleanValueByName(AUTO).orElse(false),
                        interaction.getChannel().map(channel -> channel.getIdAsString()).orElse(null),
                        Actor.discordUser(interaction.getUser().getIdAsString()));
                String told = noticeChannel.of(guildId).or(() -> Optional.ofNullable(added.channelId()))
                        .map(id -> "in <#" + id + ">").orElse("nowhere (no channel)");
                yield DiscordReply.privately(new DiscordEmbed("Following feed " + added.id())
                        .color(DiscordEmbed.RIGHT_GREEN)
                        .description(DiscordText.escape(added.url()) + "\n\n" + DiscordText.escape(added.status())
                                + " " + (added.auto() ? "Questions that pass the rules go straight into play"
                                        : "Its questions wait in `/trivia-admin review`")
                                + "; you are told " + told + " how many are new."));
            }
            case REMOVE -> {
                FeedView removed = feeds.remove(guildId, interaction.getArgumentLongValueByName(ID).orElse(0L));
                yield DiscordReply.privately("No longer following feed " + removed.id() + " ("
                        + DiscordText.escape(removed.url()) + "). The questions it brought stay.");
            }
            default -> list(guildId);
        });
    }

    private DiscordReply list(String guildId) {
        List<FeedView> followed = feeds.list(guildId);
        if (followed.isEmpty()) {
            return DiscordReply.privately("This server follows no feed. Add one with `/trivia-admin feeds add`.");
        }
        DiscordEmbed embed = new DiscordEmbed("Feeds (" + followed.size() + ")");
        for (FeedView feed : followed) {
            String status = feed.status() == null ? "Not read yet: it is read at the next poll." : feed.status();
            embed.field("Feed " + feed.id() + (feed.auto() ? " · auto" : " · review")
                    + (feed.category() == null ? "" : " · " + DiscordText.shorten(feed.category(), 60)),
                    DiscordText.shorten(DiscordText.escape(feed.url()) + "\n" + DiscordText.escape(status),
                            FIELD_VALUE),
                    false);
        }
        return DiscordReply.privately(embed);
    }
}
