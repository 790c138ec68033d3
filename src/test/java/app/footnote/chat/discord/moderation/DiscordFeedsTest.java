package app.footnote.chat.discord.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.javacord.api.entity.channel.ServerChannel;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.DiscordText;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.news.FeedView;
import app.footnote.news.Feeds;
import app.footnote.testing.LoopbackSite;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /trivia-admin feeds add|list|remove} and the notice channel's setting, as Discord delivers them. */
@QuarkusTest
class DiscordFeedsTest {

    private static final String ADD = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.ADD;
    private static final String LIST = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.LIST;
    private static final String REMOVE = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.REMOVE;
    private static final String SETTINGS = AdminCommand.NAME + " " + AdminCommand.SETTINGS;

    @Inject
    InteractionRouter router;
    @Inject
    Feeds feeds;

    private final FakeDiscord discord = new FakeDiscord();
    private final LoopbackSite site = new LoopbackSite();
    private User moderator;

    @BeforeEach
    void aModerator() {
        moderator = discord.member("Number One");
        when(discord.server.hasAnyPermission(eq(moderator), any(PermissionType[].class))).thenReturn(true);
        site.rss("/news.rss");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FakeDiscord.Sent run(String command, User user, Map<String, Object> options) {
        return discord.command(command, user, options).through(router).reply();
    }

    private List<FeedView> followed() {
        return feeds.list(discord.server.getIdAsString());
    }

    @Test
    void aModeratorFollowsAFeedHereSeesItListedAndStopsFollowingIt() {
        FakeDiscord.Exchange<?> adding = discord.command(ADD, moderator, Map.of(FeedAdmin.URL,
                site.url("/news.rss"), FeedAdmin.CATEGORY, "world", FeedAdmin.AUTO, true)).through(router);
        FakeDiscord.Sent added = adding.reply();

        // The feed is read once before the reply: the command is deferred, privately, while it is.
        assertEquals(Optional.of(true), adding.deferral());
        assertTrue(added.ephemeral());
        assertEquals(1, site.hits("/news.rss"));
        FeedView feed = followed().get(0);
        assertEquals("Following feed " + feed.id(), added.embed().path("title").asText());
        assertEquals(
                site.url("/news.rss") + "\n\n" + DiscordText.escape(feed.status())
                        + " Questions that pass the rules go straight"
                        + " into play; you are told in <#" + discord.channelId + "> how many are new.",
                added.embed().path("description").asText());
        assertTrue(feed.status().endsWith(": an RSS or Atom feed of 0 items; read at the next poll."), feed.status());
        assertEquals(String.valueOf(discord.channelId), feed.channelId());
        assertEquals("world", feed.category());
        assertTrue(feed.auto());

        FakeDiscord.Sent listed = run(LIST, moderator, Map.of());
        assertEquals(site.url("/news.rss") + "\n" + DiscordText.escape(feed.status()),
                listed.field("Feed " + feed.id() + " · auto ·"
                        + " world"));

        FakeDiscord.Sent removed = run(REMOVE, moderator, Map.of(FeedAdmin.ID, feed.id()));
        assertEquals("No longer following feed " + feed.id() + " (" + site.url("/news.rss") + "). The questions it"
                + " brought stay.", removed.content());
        assertEquals(List.of(), followed());
        assertEquals("This server follows no feed. Add one with `/trivia-admin feeds add`.",
                run(LIST, moderator, Map.of()).content());
    }

    @Test
    void aLinkThatIsNoFeedIsRefusedPrivatelySayingWhyAndNothingIsFollowed() {
        site.page("/business/becton", "reuters-becton-carefusion.html");

        FakeDiscord.Sent page = run(ADD, moderator, Map.of(FeedAdmin.URL, site.url("/business/becton")));
        FakeDiscord.Sent missing = run(ADD, moderator, Map.of(FeedAdmin.URL, site.url("/gone.rss")));

        assertTrue(page.ephemeral());
        assertEquals(DiscordText.escape("Not followed: " + site.url("/business/becton") + " is text/html, not an RSS"
                + " or Atom feed; Footnote reads only RSS and Atom feeds."), page.content());
        assertEquals(DiscordText.escape("Not followed: " + site.url("/gone.rss") + " answered 404 (no such page)."),
                missing.content());
        assertEquals(List.of(), followed());
    }

    @Test
    void theEleventhFeedABadAddressAndAnUnknownFeedAreRefusedSayingWhy() {
        for (int i = 0; i < 10; i++) {
            run(ADD, moderator, Map.of(FeedAdmin.URL, site.url("/news.rss?n=" + i)));
        }

        assertEquals("This server follows 10 feeds, the most a server may; remove one first.",
                run(ADD, moderator, Map.of(FeedAdmin.URL, site.url("/news.rss?n=10"))).content());
        assertTrue(run(ADD, moderator, Map.of(FeedAdmin.URL, "file:///etc/passwd")).content()
                .contains("is not an http or https link"));
        assertTrue(run(REMOVE, moderator, Map.of(FeedAdmin.ID, 1L)).content().startsWith("This server follows no"
                + " feed 1"));
        assertEquals(10, followed().size());
        assertEquals(10, site.hits("/news.rss"));
    }

    @Test
    void aModeratorNamesTheNoticeChannelSeesItInTheSettingsAndClearsIt() {
        ServerChannel notices = discord.otherChannel();

        FakeDiscord.Sent saved = run(SETTINGS, moderator, Map.of(AdminCommand.NOTICE_CHANNEL, notices));
        assertEquals("Settings saved", saved.embed().path("title").asText());
        assertEquals("<#" + notices.getId() + ">", saved.field("Notice channel"));
        assertEquals("<#" + notices.getId() + ">", run(SETTINGS, moderator, Map.of()).field("Notice channel"));

        // A feed added here is told of there.
        FakeDiscord.Sent added = run(ADD, moderator, Map.of(FeedAdmin.URL, site.url("/news.rss")));
        assertTrue(added.embed().path("description").asText().endsWith("; you are told in <#" + notices.getId()
                + "> how many are new."), added.embed().toString());

        assertEquals("Give " + AdminCommand.NOTICE_CHANNEL + " or " + AdminCommand.CLEAR_NOTICE_CHANNEL + ", not"
                + " both. Nothing was changed.",
                run(SETTINGS, moderator, Map.of(AdminCommand.NOTICE_CHANNEL,
                        discord.otherChannel(), AdminCommand.CLEAR_NOTICE_CHANNEL, true)).content());
        assertEquals("<#" + notices.getId() + ">", run(SETTINGS, moderator, Map.of()).field("Notice channel"));

        FakeDiscord.Sent cleared = run(SETTINGS, moderator, Map.of(AdminCommand.CLEAR_NOTICE_CHANNEL, true));
        assertEquals(AdminCommand.NO_NOTICE_CHANNEL, cleared.field("Notice channel"));
    }

    @Test
    void aMemberWithoutManageServerCannotFollowAFeedNorNameTheNoticeChannel() {
        User member = discord.member("Wesley");

        assertEquals(Moderators.REFUSAL, run(ADD, member, Map.of(FeedAdmin.URL, site.url("/news.rss"))).content());
        assertEquals(Moderators.REFUSAL, run(SETTINGS, member, Map.of(AdminCommand.NOTICE_CHANNEL,
                discord.otherChannel())).content());
        assertEquals(List.of(), followed());
        assertEquals(0, site.hits("/news.rss"));
        assertEquals(AdminCommand.NO_NOTICE_CHANNEL, run(SETTINGS, moderator, Map.of()).field("Notice channel"));
    }
}
