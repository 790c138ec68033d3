package app.footnote.chat.discord.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.chat.discord.InteractionRouter;
import app.footnote.news.FeedView;
import app.footnote.news.Feeds;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /trivia-admin feeds add|list|remove} as Discord delivers them. */
@QuarkusTest
class DiscordFeedsTest {

    private static final String ADD = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.ADD;
    private static final String LIST = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.LIST;
    private static final String REMOVE = AdminCommand.NAME + " " + FeedAdmin.GROUP + " " + FeedAdmin.REMOVE;

    @Inject
    InteractionRouter router;
    @Inject
    Feeds feeds;

    private final FakeDiscord discord = new FakeDiscord();
    private User moderator;

    @BeforeEach
    void aModerator() {
        moderator = discord.member("Number One");
        when(discord.server.hasAnyPermission(eq(moderator), any(PermissionType[].class))).thenReturn(true);
    }

    private FakeDiscord.Sent run(String command, User user, Map<String, Object> options) {
        return discord.command(command, user, options).through(router).reply();
    }

    private List<FeedView> followed() {
        return feeds.list(discord.server.getIdAsString());
    }

    @Test
    void aModeratorFollowsAFeedHereSeesItListedAndStopsFollowingIt() {
        FakeDiscord.Sent added = run(ADD, moderator, Map.of(FeedAdmin.URL, "http://127.0.0.1:9/news.rss",
                FeedAdmin.CATEGORY, "world", FeedAdmin.AUTO, true));

        assertTrue(added.ephemeral());
        FeedView feed = followed().get(0);
        assertEquals("Following feed " + feed.id(), added.embed().path("title").asText());
        assertEquals(String.valueOf(discord.channelId), feed.channelId());
        assertEquals("world", feed.category());
        assertTrue(feed.auto());

        FakeDiscord.Sent listed = run(LIST, moderator, Map.of());
        assertEquals("http://127.0.0.1:9/news.rss\nNot read yet: it is read at the next poll.",
                listed.field("Feed " + feed.id() + " · auto · world"));

        FakeDiscord.Sent removed = run(REMOVE, moderator, Map.of(FeedAdmin.ID, feed.id()));
        assertEquals("No longer following feed " + feed.id() + " (http://127.0.0.1:9/news.rss). The questions it"
                + " brought stay.", removed.content());
        assertEquals(List.of(), followed());
        assertEquals("This server follows no feed. Add one with `/trivia-admin feeds add`.",
                run(LIST, moderator, Map.of()).content());
    }

    @Test
    void theEleventhFeedABadAddressAndAnUnknownFeedAreRefusedSayingWhy() {
        for (int i = 0; i < 10; i++) {
            run(ADD, moderator, Map.of(FeedAdmin.URL, "http://127.0.0.1:9/" + i + ".rss"));
        }

        assertEquals("This server follows 10 feeds, the most a server may; remove one first.",
                run(ADD, moderator, Map.of(FeedAdmin.URL, "http://127.0.0.1:9/10.rss")).content());
        assertTrue(run(ADD, moderator, Map.of(FeedAdmin.URL, "file:///etc/passwd")).content()
                .contains("is not an http or https link"));
        assertTrue(run(REMOVE, moderator, Map.of(FeedAdmin.ID, 1L)).content().startsWith("This server follows no"
                + " feed 1"));
        assertEquals(10, followed().size());
    }

    @Test
    void aMemberWithoutManageServerCannotFollowAFeed() {
        User member = discord.member("Wesley");

        assertEquals(Moderators.REFUSAL, run(ADD, member, Map.of(FeedAdmin.URL, "http://127.0.0.1:9/a.rss"))
                .content());
        assertEquals(List.of(), followed());
    }
}
