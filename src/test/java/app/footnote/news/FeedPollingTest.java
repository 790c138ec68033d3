package app.footnote.news;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.chat.discord.ChannelMessages;
import app.footnote.chat.discord.DiscordConnection;
import app.footnote.chat.discord.DiscordReply;
import app.footnote.chat.discord.FakeDiscord;
import app.footnote.game.Origin;
import app.footnote.game.ServedServers;
import app.footnote.game.ThisProcess;
import app.footnote.moderation.NoticeChannel;
import app.footnote.moderation.ReviewQueue;
import app.footnote.moderation.ServerQuestions;
import app.footnote.testing.LoopbackSite;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Feeds polled with the test clock, against feeds on a loopback web site: each new item's article read once, across
 * polls and a restart, its questions queued for review or put in play, and moderators told once a poll.
 */
@QuarkusTest
class FeedPollingTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Inject
    PollFeeds pollFeeds;
    @Inject
    ReviewQueue reviewQueue;
    @Inject
    ServerQuestions serverQuestions;
    @Inject
    DiscordConnection connection;
    @InjectMock
    ChannelMessages channelMessages;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    NewsConfig config;
    @Inject
    GuardedFetch fetch;
    @Inject
    GenerateFromLink generateFromLink;
    @Inject
    ThisProcess thisProcess;
    @Inject
    NoticeChannel noticeChannel;
    @Inject
    Event<FeedQuestions> told;

    private final LoopbackSite site = new LoopbackSite();
    private final String guild = String.valueOf(FakeDiscord.snowflake());
    private final String channel = String.valueOf(FakeDiscord.snowflake());
    private final DiscordApi api = mock(DiscordApi.class);
    private final List<String> conditions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aConnectedServer() {
        // pollDue() polls every due feed of every server this process serves: other tests' feeds are not this one's.
        QuarkusTransaction.requiringNew().run(() -> {
            FeedItem.deleteAll();
            NewsFeed.deleteAll();
        });
        TestClock.NOW.set(START);
        connection.connected(1, Map.of(0, api));
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        site.page("/business/becton", "reuters-becton-carefusion.html");
        site.page("/sports/wozniacki", "nbcsports-wozniacki.html");
        site.page("/space/telstar", "orlandosentinel-telstar.html");
    }

    @AfterEach
    void stop() {
        connection.connected(1, Map.of());
        site.close();
    }

    private long follow(String path, boolean auto, String category) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", site.url(path), "auto", auto, "channel",
                channel));
        if (category != null) {
            body.put("category", category);
        }
        long id = ((Number) given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(body).post("/api/guilds/" + guild + "/feeds").then().statusCode(201).extract().path("id"))
                .longValue();
        // The check on adding asked for the whole feed once; what the polls ask is what these tests look at.
        conditions.clear();
        return id;
    }

    /** What the RSS feeds of the site hold now, and their ETag: they answer 304 to a request that sends it back. */
    private volatile String etag;
    private volatile String items;
    /** What the feed serves instead, once it is broken; null while it is a feed. */
    private volatile String broken;

    private void rss(String path, String newEtag, String newItems) {
        boolean registered = etag != null;
        etag = newEtag;
        items = newItems;
        if (registered) {
            return;
        }
        site.handle(path, exchange -> {
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(sent == null ? "-" : sent);
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(sent)) {
                LoopbackSite.send(exchange, 304, new byte[0]);
                return;
            }
            String feed = broken != null ? broken : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss"
                    + " version=\"2.0\"><channel><title>Wire</title><link>" + site.url("/") + "</link><description>"
                    + "News</description>" + items + "</channel></rss>";
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            LoopbackSite.send(exchange, 200, feed.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static String item(String guid, String title, String link) {
        return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
                + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>") + "</item>";
    }

    private PollFeeds.Polled poll(PollFeeds job, long feedId) {
        return job.pollDue().stream().filter(p -> p.feedId() == feedId).findFirst().orElse(null);
    }

    private FeedView feed(long id) {
        return QuarkusTransaction.requiringNew().call(() -> FeedView.of(NewsFeed.findById(id)));
    }

    @Test
    void newItemsAreReadOnceAcrossPollsAndARestartAndModeratorsAreToldOnceAPoll() {
        // GIVEN a feed with an article and an item without a link
        rss("/wire.rss", "\"v1\"", item("becton-1", "Becton buys CareFusion", site.url("/business/becton"))
                + item("brief-2", "A brief with no link", null));
        long id = follow("/wire.rss", false, null);

        // WHEN it is polled
        PollFeeds.Polled first = poll(pollFeeds, id);

        // THEN the article's questions wait for review, the linkless item is named in the status, one notice is sent
        assertEquals(2, first.read());
        assertTrue(first.queued() >= 1, first.status());
        assertEquals(1, site.hits("/business/becton"));
        assertTrue(first.status().contains("“A brief with no link” has no link"), first.status());
        assertEquals(first.status(), feed(id).status());
        assertEquals(first.queued(), reviewQueue.waiting(guild));
        ArgumentCaptor<DiscordReply> notice = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(channel), notice.capture());
        assertEquals("Footnote's feeds brought " + first.queued() + " new question" + (first.queued() == 1 ? "" : "s")
                + ". " + first.queued() + (first.queued() == 1 ? " waits" : " wait")
                + " for review: `/trivia-admin review`.", notice.getValue().content());
        assertNull(notice.getValue().pingUserId());

        // Not due again until a poll later; then the feed says nothing changed (304) and nothing is read again.
        assertNull(poll(pollFeeds, id));
        TestClock.NOW.advance(config.pollEvery());
        PollFeeds.Polled unchanged = poll(pollFeeds, id);
        assertEquals(List.of("-", "\"v1\""), conditions);
        assertEquals(0, unchanged.read());
        assertTrue(unchanged.status().endsWith("nothing new since the last poll."), unchanged.status());

        // WHEN the bot restarts (a job that remembers nothing) and the feed has one item more
        rss("/wire.rss", "\"v2\"", item("wozniacki-3", "Wozniacki wins", site.url("/sports/wozniacki"))
                + item("becton-1", "Becton buys CareFusion (updated)", site.url("/business/becton"))
                + item("brief-2", "A brief with no link", null));
        PollFeeds restarted = new PollFeeds(clock, em, config, fetch, generateFromLink, thisProcess, reviewQueue,
                noticeChannel, told);
        TestClock.NOW.advance(config.pollEvery());
        PollFeeds.Polled second = poll(restarted, id);

        // THEN only the new item is read
        assertEquals(1, second.read(), second.status());
        assertEquals(1, site.hits("/sports/wozniacki"));
        assertEquals(1, site.hits("/business/becton"));
        verify(channelMessages, timeout(5_000).times(2)).send(eq(api), eq(channel), any());
        TestClock.NOW.advance(config.pollEvery());
        assertEquals(0, poll(pollFeeds, id).read());
        // A poll that brought nothing tells no one: still the two notices.
        verify(channelMessages, after(1_000).times(2)).send(eq(api), eq(channel), any());
    }

    /** The row a process leaves when it is killed (kill -9) after recording an item and before reading it. */
    private void beingRead(long feedId, String guid, Instant since) throws Exception {
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("guid:" + guid).getBytes(StandardCharsets.UTF_8)));
        QuarkusTransaction.requiringNew().run(() -> {
            FeedItem row = new FeedItem();
            row.feedId = feedId;
            row.itemKey = key;
            row.outcome = "Being read.";
            row.readAt = since;
            row.persist();
        });
    }

    @Test
    void anItemWhoseReaderDiedIsReadAgainOnceItsLeaseHasRunOut() throws Exception {
        // GIVEN a feed whose first item a process began reading 20 minutes ago and died, and whose second item a
        // process began reading a minute ago
        rss("/wire.rss", "\"v1\"", item("becton-1", "Becton buys CareFusion", site.url("/business/becton"))
                + item("wozniacki-2", "Wozniacki wins", site.url("/sports/wozniacki")));
        long id = follow("/wire.rss", false, null);
        beingRead(id, "becton-1", START.minus(Duration.ofMinutes(20)));
        beingRead(id, "wozniacki-2", START.minus(Duration.ofMinutes(1)));

        // WHEN the feed is polled
        PollFeeds.Polled first = poll(pollFeeds, id);

        // THEN the dead reader's item is read; the other is left to its reader, for now
        assertEquals(1, first.read(), first.status());
        assertTrue(first.queued() >= 1, first.status());
        assertEquals(1, site.hits("/business/becton"));
        assertEquals(0, site.hits("/sports/wozniacki"));

        // WHEN that reader never finishes either: a poll later its item is read too, and neither is read twice
        TestClock.NOW.advance(config.pollEvery());
        PollFeeds.Polled second = poll(pollFeeds, id);
        assertEquals(1, second.read(), second.status());
        assertEquals(1, site.hits("/sports/wozniacki"));
        assertEquals(1, site.hits("/business/becton"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> FeedItem.count("feedId = ?1 and outcome = ?2",
                id, "Being read.")));
    }

    @Test
    void anArticleWhoseSiteIsDownForAMomentIsTriedAgainAtTheNextPollsAtMostThreeTimes() throws Exception {
        // GIVEN a feed whose first article answers 503 once, then is there, and whose second answers 503 always
        byte[] becton = Files.readAllBytes(LoopbackSite.FIXTURES.resolve("reuters-becton-carefusion.html"));
        AtomicInteger tries = new AtomicInteger();
        site.handle("/business/becton-later", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            if (tries.incrementAndGet() == 1) {
                LoopbackSite.send(exchange, 503, new byte[0]);
            } else {
                LoopbackSite.send(exchange, 200, becton);
            }
        });
        site.serve("/down", 503, "text/html", new byte[0]);
        rss("/wire.rss", "\"v1\"", item("becton-1", "Becton buys CareFusion", site.url("/business/becton-later"))
                + item("down-2", "A site that is down", site.url("/down")));
        long id = follow("/wire.rss", false, null);

        // WHEN it is polled: both sites are unavailable
        PollFeeds.Polled first = poll(pollFeeds, id);
        assertEquals(0, first.queued(), first.status());
        assertTrue(first.status().contains("answered 503"), first.status());

        // THEN the next poll reads the first article, and the second is tried three times in all, then left
        for (int i = 0; i < 3; i++) {
            TestClock.NOW.advance(config.pollEvery());
            poll(pollFeeds, id);
        }
        assertEquals(2, site.hits("/business/becton-later"));
        assertEquals(3, site.hits("/down"));
        assertTrue(reviewQueue.waiting(guild) >= 1);
    }

    @Test
    void twoProcessesPollingAtOnceReadADueFeedOnce() throws Exception {
        // GIVEN a feed whose site holds the first reader's request until the second process has polled
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String quiet = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Quiet</title><link>"
                + site.url("/") + "</link><description>-</description></channel></rss>";
        AtomicInteger requests = new AtomicInteger();
        site.handle("/quiet.rss", exchange -> {
            // The first request is the check on adding; the second is the first reader's.
            if (requests.incrementAndGet() > 1) {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            LoopbackSite.send(exchange, 200, quiet.getBytes(StandardCharsets.UTF_8));
        });
        long id = follow("/quiet.rss", false, null);
        PollFeeds otherProcess = new PollFeeds(clock, em, config, fetch, generateFromLink, thisProcess, reviewQueue,
                noticeChannel, told);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // WHEN one process is reading the feed and another polls at that moment
            Future<List<PollFeeds.Polled>> one = pool.submit(pollFeeds::pollDue);
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            List<PollFeeds.Polled> two = otherProcess.pollDue();
            release.countDown();

            // THEN the other process leaves it alone: the feed is read once
            assertTrue(two.stream().noneMatch(p -> p.feedId() == id), two.toString());
            assertEquals(1, one.get(10, TimeUnit.SECONDS).stream().filter(p -> p.feedId() == id).count());
            assertEquals(2, site.hits("/quiet.rss"), "the check on adding, then one poll");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anAtomFeedWithAutoPutsItsQuestionsInPlayInItsCategory() {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Space</title><id>urn:space</id><updated>2026-12-01T08:00:00Z</updated>"
                + "<entry><title>Telstar 18 launches</title><id>urn:telstar-18</id>"
                + "<link rel=\"alternate\" href=\"/space/telstar\"/><updated>2026-12-01T07:00:00Z</updated></entry>"
                + "</feed>";
        site.serve("/space.atom", 200, "application/atom+xml", atom.getBytes(StandardCharsets.UTF_8));
        long id = follow("/space.atom", true, "launches");

        PollFeeds.Polled polled = poll(pollFeeds, id);

        assertEquals(1, polled.read(), polled.status());
        assertTrue(polled.played() >= 1, polled.status());
        assertEquals(1, site.hits("/space/telstar"));
        ServerQuestions.Page inPlay = serverQuestions.list(guild, new ServerQuestions.Filter("launches", null,
                "server", null, null), 0, 100);
        assertEquals(polled.played(), inPlay.total());
        assertEquals("feed:" + id, QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select q.createdBy from Question q where q.scope = :guild", String.class)
                .setParameter("guild", guild).setMaxResults(1).getSingleResult()));
    }

    @Test
    void aFeedThatIsNotXmlSaysSoInItsStatusAndWaitsLongerAfterEachFailure() {
        // GIVEN a feed that was one when it was added, and is broken since
        rss("/broken.rss", "\"v1\"", "");
        long id = follow("/broken.rss", false, null);
        broken = "<html>this is no feed";

        PollFeeds.Polled failed = poll(pollFeeds, id);

        assertTrue(failed.status().contains("is not an RSS or Atom feed that Footnote can read"), failed.status());
        assertTrue(failed.status().contains("1 time in a row"), failed.status());
        assertEquals(1, feed(id).failures());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> FeedItem.count("feedId", id)));
        assertEquals(0, reviewQueue.waiting(guild));
        // Twice the wait after one failure: not due a poll later, due two polls later.
        TestClock.NOW.advance(config.pollEvery());
        assertNull(poll(pollFeeds, id));
        TestClock.NOW.advance(config.pollEvery());
        assertTrue(poll(pollFeeds, id).status().contains("2 times in a row"));
        assertEquals(3, site.hits("/broken.rss"), "the check on adding, then two polls");
        verify(channelMessages, never()).send(any(), eq(channel), any());
    }

    @Test
    void aFeedOfTenThousandItemsIsReadAFewItemsAPollNeverTheSameTwice() {
        String items = IntStream.range(0, 10_000).mapToObj(i -> item("story-" + i, "Story " + i,
                site.url("/gone/" + i))).collect(Collectors.joining());
        rss("/huge.rss", "\"huge\"", items);
        long id = follow("/huge.rss", false, null);

        PollFeeds.Polled first = poll(pollFeeds, id);
        TestClock.NOW.advance(config.pollEvery());
        PollFeeds.Polled second = poll(pollFeeds, id);

        assertEquals(config.itemsPerPoll(), first.read());
        assertEquals(10_000 - config.itemsPerPoll(), first.left());
        assertTrue(first.status().contains((10_000 - config.itemsPerPoll()) + " more new items wait for the next"
                + " polls"), first.status());
        assertTrue(first.status().contains("answered 404"), first.status());
        assertEquals(config.itemsPerPoll(), second.read());
        // Items were left over: the second request asks for the whole feed again rather than "anything new?".
        assertEquals(List.of("-", "-"), conditions);
        assertEquals(2L * config.itemsPerPoll(), QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(distinct i.itemKey) from FeedItem i where i.feedId = :f",
                        Long.class).setParameter("f", id).getSingleResult()));
        assertFalse(first.status().length() > NewsFeed.MAX_STATUS);
        verify(channelMessages, never()).send(any(), eq(channel), any());
    }

    @Test
    void moderatorsAreToldInTheServersNoticeChannelWhenItNamesOneOnceAPollPingingNoOne() {
        // GIVEN a server that names a notice channel, following two feeds added elsewhere, each with a new article
        String notices = String.valueOf(FakeDiscord.snowflake());
        noticeChannel.set(guild, notices);
        rss("/wire.rss", "\"v1\"", item("becton-1", "Becton buys CareFusion", site.url("/business/becton")));
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Space</title><id>urn:space</id><updated>2026-12-01T08:00:00Z</updated>"
                + "<entry><title>Telstar 18 launches</title><id>urn:telstar-18</id>"
                + "<link rel=\"alternate\" href=\"/space/telstar\"/><updated>2026-12-01T07:00:00Z</updated></entry>"
                + "</feed>";
        site.serve("/space.atom", 200, "application/atom+xml", atom.getBytes(StandardCharsets.UTF_8));
        long wire = follow("/wire.rss", false, null);
        long space = follow("/space.atom", false, null);

        // WHEN they are polled
        List<PollFeeds.Polled> polled = pollFeeds.pollDue();

        // THEN one notice tells of both feeds' questions, in the notice channel, and none goes to the feeds' channel
        int queued = polled.stream().filter(p -> p.feedId() == wire || p.feedId() == space)
                .mapToInt(PollFeeds.Polled::queued).sum();
        assertTrue(polled.stream().filter(p -> p.feedId() == wire || p.feedId() == space)
                .allMatch(p -> p.queued() >= 1), polled.toString());
        ArgumentCaptor<DiscordReply> notice = ArgumentCaptor.forClass(DiscordReply.class);
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(notices), notice.capture());
        assertTrue(notice.getValue().content().startsWith("Footnote's feeds brought " + queued + " new questions."),
                notice.getValue().content());
        assertNull(notice.getValue().pingUserId());
        verify(channelMessages, after(1_000).times(1)).send(any(), any(), any());

        // WHEN the server no longer names one and a feed brings another article: the feed's channel is told again
        noticeChannel.set(guild, null);
        rss("/wire.rss", "\"v2\"", item("wozniacki-2", "Wozniacki wins", site.url("/sports/wozniacki"))
                + item("becton-1", "Becton buys CareFusion", site.url("/business/becton")));
        TestClock.NOW.advance(config.pollEvery());
        assertEquals(1, poll(pollFeeds, wire).read());
        verify(channelMessages, timeout(5_000)).send(eq(api), eq(channel), any());
        verify(channelMessages, after(1_000).times(1)).send(any(), eq(notices), any());
    }

    @Test
    void itemsWhoseLinksAreNoArticlesAreNamedInTheStatusStoreNothingAndAreNotTriedAgain() {
        // GIVEN a feed whose items link to a PDF, an image, a login wall, a sign-in page, an empty page, a feed
        site.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        site.serve("/photo.jpg", 200, "image/jpeg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        site.serve("/paywalled", 403, "text/html", "<p>Subscribe to keep reading</p>".getBytes(StandardCharsets.UTF_8));
        site.serve("/sign-in", 200, "text/html", ("<html><body><form><p>Log in to keep reading.</p>"
                + "<input type=password></form></body></html>").getBytes(StandardCharsets.UTF_8));
        site.serve("/blank", 200, "text/html", new byte[0]);
        site.serve("/other.rss", 200, "application/rss+xml", "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8));
        rss("/wire.rss", "\"v1\"", item("pdf", "A report", site.url("/report.pdf"))
                + item("image", "A photo", site.url("/photo.jpg")) + item("wall", "A paywalled story",
                        site.url("/paywalled"))
                + item("sign-in", "A members' story", site.url("/sign-in")) + item("blank", "A blank page",
                        site.url("/blank"))
                + item("feed", "Another feed", site.url("/other.rss")));
        long id = follow("/wire.rss", false, null);
        String articles = "select count(a) from Article a where a.url like :site";

        // WHEN it is polled: more than items-per-poll would take, so two polls
        PollFeeds.Polled first = poll(pollFeeds, id);
        TestClock.NOW.advance(config.pollEvery());
        PollFeeds.Polled second = poll(pollFeeds, id);

        // THEN each item is named with why it gave no questions, and nothing was stored for any of them
        String status = first.status() + " " + second.status();
        assertEquals(6, first.read() + second.read(), status);
        assertTrue(status.contains("“A report”: " + site.url("/report.pdf") + " is a PDF (application/pdf), not a"
                + " web page"), status);
        assertTrue(status.contains("“A photo”: " + site.url("/photo.jpg") + " is an image (image/jpeg)"), status);
        assertTrue(status.contains("“A paywalled story”: " + site.url("/paywalled") + " answered 403 (the page needs a"
                + " login or a subscription"), status);
        assertTrue(status.contains("“A members' story”: " + site.url("/sign-in") + " holds no article text"), status);
        assertTrue(status.contains("“A blank page”: " + site.url("/blank") + " holds no article text"), status);
        assertTrue(status.contains("“Another feed”: " + site.url("/other.rss") + " is application/rss+xml, not a web"
                + " page"), status);
        assertEquals(0, first.queued() + second.queued());
        assertEquals(0, reviewQueue.waiting(guild));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> em.createQuery(articles, Long.class)
                .setParameter("site", site.url("/") + "%").getSingleResult()));
        verify(channelMessages, after(500).never()).send(any(), any(), any());

        // A poll later none is tried again: each was the link's fault, not a site down for a moment.
        TestClock.NOW.advance(config.pollEvery());
        assertEquals(0, poll(pollFeeds, id).read());
        for (String path : new String[]{"/report.pdf", "/photo.jpg", "/paywalled", "/sign-in", "/blank",
                "/other.rss"}) {
            assertEquals(1, site.hits(path), path);
        }
    }

    @Test
    void aProcessPollsItsOwnServersDueFeedsEvenBehindMoreThanATicksWorthOfOtherProcessesFeeds() {
        // GIVEN sixty feeds of servers another process serves, due for an hour, and one feed of this process's
        for (int i = 0; i < 60; i++) {
            String other = String.valueOf(FakeDiscord.snowflake());
            String url = site.url("/others.rss?n=" + i);
            QuarkusTransaction.requiringNew().run(() -> {
                NewsFeed feed = new NewsFeed();
                feed.guildId = other;
                feed.url = url;
                feed.autoPlay = false;
                feed.addedBy = "api";
                feed.addedAt = START.minus(Duration.ofHours(1));
                feed.nextPollAt = feed.addedAt;
                feed.persist();
            });
        }
        rss("/wire.rss", "\"v1\"", "");
        long mine = follow("/wire.rss", false, null);
        ServedServers shard = new ServedServers() {

            @Override
            public Origin origin() {
                return Origin.DISCORD;
            }

            @Override
            public boolean serves(String guildId) {
                return guildId.equals(guild);
            }
        };
        PollFeeds thisShard = new PollFeeds(clock, em, config, fetch, generateFromLink, new ThisProcess(List.of(
                shard)), reviewQueue, noticeChannel, told);

        // WHEN this process polls
        List<PollFeeds.Polled> polled = thisShard.pollDue();

        // THEN it read its own server's feed, and left the others' to their process, still due
        assertEquals(List.of(mine), polled.stream().map(PollFeeds.Polled::feedId).toList());
        assertEquals(0, site.hits("/others.rss"));
        assertEquals(60L, QuarkusTransaction.requiringNew().call(() -> NewsFeed.count("nextPollAt <= ?1 and id <> ?2",
                START, mine)));
    }
}
