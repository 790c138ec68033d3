package app.footnote.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jboss.logging.Logger;

import app.footnote.bank.InvalidBankException;
import app.footnote.db.ForeignKeyViolation;
import app.footnote.db.UniqueViolation;
import app.footnote.game.ThisProcess;
import app.footnote.moderation.Actor;
import app.footnote.moderation.GeneratedDrafts;
import app.footnote.moderation.NoticeChannel;
import app.footnote.moderation.ReviewQueue;
import app.footnote.moderation.TooLargeException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reads every due feed of this process's servers: a conditional GET (ETag, Last-Modified), then each new item's
 * article once, at most {@code footnote.news.items-per-poll} a feed, its questions queued for review or put in play.
 * A feed that fails waits twice as long after each failure. The servers' moderators are told once per poll, in the
 * server's notice channel, else where its newest feed that brought questions was added.
 */
@ApplicationScoped
public class PollFeeds {

    private static final Logger LOG = Logger.getLogger(PollFeeds.class);
    static final Duration MAX_BACKOFF = Duration.ofDays(1);
    private static final Duration EARLY = Duration.ofMinutes(1);
    /**
     * How long an item may be "being read" before it counts as unread again: far longer than reading one article
     * takes (bounded by the fetch timeouts), so only a reader that died leaves one that old.
     */
    static final Duration READING_LEASE = Duration.ofMinutes(10);
    /** How many polls try an item whose site was unavailable (a 5xx, a timeout) before it is left as it is. */
    static final int MAX_ATTEMPTS = 3;
    /** The most feeds one tick reads, so that a tick ends well within poll-every. */
    static final int FEEDS_A_TICK = 50;
    /** Due feeds looked at in one query, before keeping this process's servers' ones. */
    private static final int DUE_A_QUERY = 500;
    /** Item keys looked up in one query: well below the databases' limits on bind parameters. */
    private static final int KEYS_A_QUERY = 500;

    /**
     * What polling one feed did.
     *
     * @param read the items whose article was read (or found to have no link)
     * @param left new items left for the next polls
     */
    public record Polled(long feedId, String guildId, int read, int left, int queued, int played, String status) {
    }

    /** The feed was removed while this poll read it: nothing more to record. */
    private static final class FeedGone extends RuntimeException {

        FeedGone() {
            super(null, null, false, false);
        }
    }

    private record Due(long id, String guildId, Instant nextPollAt) {
    }

    private record Feed(long id, String guildId, String url, String category, boolean auto, String channelId,
            Instant addedAt, String etag, String lastModified, int failures) {
    }

    private final Clock clock;
    private final EntityManager em;
    private final NewsConfig config;
    private final GuardedFetch fetch;
    private final GenerateFromLink generateFromLink;
    private final ThisProcess thisProcess;
    private final ReviewQueue reviewQueue;
    private final NoticeChannel noticeChannel;
    private final Event<FeedQuestions> told;

    public PollFeeds(Clock clock, EntityManager em, NewsConfig config, GuardedFetch fetch,
            GenerateFromLink generateFromLink, ThisProcess thisProcess, ReviewQueue reviewQueue,
            NoticeChannel noticeChannel, Event<FeedQuestions> told) {
        this.reviewQueue = reviewQueue;
        this.noticeChannel = noticeChannel;
        this.clock = clock;
        this.em = em;
        this.config = config;
        this.fetch = fetch;
        this.generateFromLink = generateFromLink;
        this.thisProcess = thisProcess;
        this.told = told;
    }

    /** Every FOOTNOTE_NEWS_POLL_EVERY; each feed is due once in that time, later after failures. */
    @Scheduled(every = "${footnote.news.poll-every:30m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        pollDue();
    }

    /**
     * Polls the feeds due now of this process's servers, at most {@link #FEEDS_A_TICK} of them (the rest stay due for
     * the next tick), and returns what this call did.
     */
    public List<Polled> pollDue() {
        List<Due> due = dueHere(clock.instant());
        List<Polled> done = new ArrayList<>();
        Map<String, List<Feed>> brought = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Due feed : due) {
            // Each feed's own moment: a tick that reads many feeds must not claim one with a time long past.
            Instant at = clock.instant();
            if (!claim(feed, at)) {
                continue;
            }
            Feed read = null;
            try {
                read = QuarkusTransaction.requiringNew().call(() -> snapshot(feed.id()));
                if (read == null) {
                    continue;
                }
                Polled polled = poll(read, at);
                done.add(polled);
                if (polled.queued() + polled.played() > 0) {
                    brought.computeIfAbsent(read.guildId(), g -> new ArrayList<>()).add(read);
                    int[] sums = counts.computeIfAbsent(read.guildId(), g -> new int[2]);
                    sums[0] += polled.queued();
                    sums[1] += polled.played();
                }
            } catch (FeedGone e) {
                LOG.debugf("Feed %d of server %s was removed while it was polled", feed.id(), feed.guildId());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not poll feed %d of server %s", feed.id(), feed.guildId());
                // Backs off and says so in the feed's status, as for a site that failed: not silently due again.
                if (read != null) {
                    try {
                        done.add(failed(read, at, "Footnote failed to read this feed (see its log)."));
                    } catch (RuntimeException again) {
                        LOG.errorf(again, "Could not record the failure of feed %d", feed.id());
                    }
                }
            }
        }
        brought.forEach((guildId, feeds) -> tell(guildId, feeds, counts.get(guildId)));
        return done;
    }

    /**
     * The feeds of this process's servers due now, the longest due first, at most {@link #FEEDS_A_TICK}: the servers
     * are kept before the limit is applied, so that other processes' due feeds never take this process's turn. The
     * shard of a server is worked out from its id, which SQL cannot do portably: due feeds are read a page at a time
     * until enough are this process's.
     */
    private List<Due> dueHere(Instant now) {
        List<Due> here = new ArrayList<>();
        Due last = null;
        while (here.size() < FEEDS_A_TICK) {
            Due after = last;
            List<Due> page = QuarkusTransaction.requiringNew().call(() -> {
                TypedQuery<Due> query = em.createQuery("select new " + Due.class.getName() + "(f.id, f.guildId,"
                        + " f.nextPollAt) from NewsFeed f where f.nextPollAt <= :now" + (after == null ? ""
                                : " and (f.nextPollAt > :at or f.nextPollAt = :at and f.id > :id)")
                        + " order by f.nextPollAt, f.id", Due.class).setParameter("now", now);
                if (after != null) {
                    query.setParameter("at", after.nextPollAt()).setParameter("id", after.id());
                }
                return query.setMaxResults(DUE_A_QUERY).getResultList();
            });
            page.stream().filter(feed -> thisProcess.serves(feed.guildId())).limit(FEEDS_A_TICK - here.size())
                    .forEach(here::add);
            if (page.size() < DUE_A_QUERY) {
                return here;
            }
            last = page.get(page.size() - 1);
        }
        return here;
    }

    /**
     * Moves the feed's next poll on before reading it, unless another process just did: the database decides who
     * polls it. Should this process die while reading, the feed is due again a poll later.
     */
    private boolean claim(Due feed, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> NewsFeed.update("nextPollAt = ?1 where id = ?2 and"
                + " nextPollAt <= ?3", next(now), feed.id(), now) == 1);
    }

    /**
     * A poll later, less a little: the job runs every poll-every, and a tick that reads the clock a moment earlier
     * than the last one still finds the feed due.
     */
    private Instant next(Instant now) {
        Duration early = config.pollEvery().dividedBy(10);
        return now.plus(config.pollEvery()).minus(early.compareTo(EARLY) > 0 ? EARLY : early);
    }

    private static Feed snapshot(long id) {
        NewsFeed feed = NewsFeed.findById(id);
        return feed == null ? null : new Feed(feed.id, feed.guildId, feed.url, feed.category, feed.autoPlay,
                feed.channelId, feed.addedAt, feed.etag, feed.lastModified, feed.failures);
    }

    private Polled poll(Feed feed, Instant now) {
        ReadFeed.Items items;
        GuardedFetch.Fetched fetched;
        try {
            fetched = fetch.fetch(feed.url(), GuardedFetch.Wanted.FEED, feed.etag(), feed.lastModified());
            if (fetched.notModified()) {
                return succeeded(feed, now, fetched, 0, 0, 0, 0, List.of(),
                        "Read " + now + ": nothing new since the last poll.");
            }
            items = ReadFeed.read(fetched);
        } catch (LinkRefusedException e) {
            return failed(feed, now, e.getMessage());
        }
        Seen seen = seen(feed.id(), items.items().stream().map(ReadFeed.Item::key).toList(), now);
        List<ReadFeed.Item> fresh = items.items().stream().filter(item -> !seen.keys().contains(item.key())).toList();
        List<ReadFeed.Item> thisPoll = fresh.subList(0, Math.min(fresh.size(), config.itemsPerPoll()));
        int queued = 0;
        int played = 0;
        int read = 0;
        int retrying = 0;
        List<String> problems = new ArrayList<>();
        GeneratedDrafts.Destination destination = new GeneratedDrafts.Destination(feed.category(), feed.auto());
        for (ReadFeed.Item item : thisPoll) {
            if (!record(feed, item, now)) {
                continue;
            }
            read++;
            String outcome;
            String articleId = null;
            boolean retry = false;
            if (item.link() == null) {
                outcome = "The item has no link, so no article to read.";
                problems.add(named(item) + " has no link");
            } else {
                try {
                    GeneratedDrafts.Outcome generated = generateFromLink.generate(feed.guildId(),
                            Actor.feed(feed.id()), "the feed " + feed.id(), item.link(), destination);
                    queued += generated.queued();
                    played += generated.played();
                    articleId = generated.articleId();
                    outcome = generated.queued() + " question(s) queued for review, " + generated.played()
                            + " put in play.";
                } catch (LinkRefusedException e) {
                    // A site down for a moment: a later poll tries again (seen() stops after MAX_ATTEMPTS).
                    retry = e.temporary();
                    retrying += retry ? 1 : 0;
                    outcome = e.getMessage();
                    problems.add(named(item) + ": " + e.getMessage());
                } catch (TooLargeException | InvalidBankException e) {
                    outcome = e.getMessage();
                    problems.add(named(item) + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not read item %s of feed %d", item.link(), feed.id());
                    outcome = "Footnote failed to read this item's article (see its log).";
                    problems.add(named(item) + ": Footnote failed to read its article (see its log)");
                }
            }
            String result = outcome;
            String article = articleId;
            boolean again = retry;
            QuarkusTransaction.requiringNew().run(() -> FeedItem.update("outcome = ?1, articleId = ?2, retry = ?3"
                    + " where feedId = ?4 and itemKey = ?5", GeneratedDrafts.shortened(result, FeedItem.MAX_OUTCOME),
                    article, again, feed.id(), item.key()));
        }
        int left = fresh.size() - thisPoll.size();
        StringBuilder status = new StringBuilder("Read " + now + ": " + count(read, "new item") + ", "
                + count(queued, "question") + " queued for review, " + played + " put in play.");
        if (left > 0) {
            status.append(" ").append(count(left, "more new item")).append(" wait for the next polls (at most ")
                    .append(config.itemsPerPoll()).append(" a poll).");
        }
        if (items.unnamed() > 0) {
            status.append(" ").append(count(items.unnamed(), "item")).append(" with neither a GUID nor a link"
                    + " left out.");
        }
        if (!problems.isEmpty()) {
            status.append(" ").append(String.join("; ", problems)).append(".");
        }
        // The validators say "nothing new" only once every new item has been read: else the next poll asks again.
        return succeeded(feed, now, left > 0 || seen.reading() > 0 || retrying > 0 ? null : fetched, read, left, queued,
                played,
                problems,
                status.toString());
    }

    /**
     * @param keys the items read or being read within the lease, not to be read now
     * @param reading how many of them are being read (by another process): until they are done, the next poll reads
     *        the whole feed again
     */
    private record Seen(Set<String> keys, int reading) {
    }

    /**
     * Which of these keys the feed has read: only the keys of the feed as fetched now, a bounded read. An item being
     * read for longer than {@link #READING_LEASE} lost its reader (a process killed): it is read again.
     */
    private Seen seen(long feedId, List<String> keys, Instant now) {
        Instant stale = now.minus(READING_LEASE);
        Set<String> seen = new HashSet<>();
        int reading = 0;
        for (int from = 0; from < keys.size(); from += KEYS_A_QUERY) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + KEYS_A_QUERY));
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select i.itemKey,"
                    + " i.outcome, i.readAt, i.retry, i.attempts from FeedItem i where i.feedId = :feed and i.itemKey"
                    + " in :keys",
                    Object[].class).setParameter("feed", feedId).setParameter("keys", some).getResultList());
            for (Object[] row : rows) {
                boolean beingRead = FeedItem.BEING_READ.equals(row[1]);
                if (beingRead && ((Instant) row[2]).isBefore(stale)
                        || (Boolean) row[3] && (Integer) row[4] < MAX_ATTEMPTS) {
                    continue;
                }
                seen.add((String) row[0]);
                reading += beingRead ? 1 : 0;
            }
        }
        return new Seen(seen, reading);
    }

    /**
     * Records the item as read before reading it; false when it was (by another process, in the same moment).
     *
     * @throws FeedGone when the feed was removed meanwhile
     */
    private static boolean record(Feed feed, ReadFeed.Item item, Instant now) {
        // An item left being read past its lease (its reader died) is taken over in one conditional update: one wins.
        // So is one whose site was unavailable, while it has tries left.
        if (QuarkusTransaction.requiringNew().call(() -> FeedItem.update("readAt = ?1, outcome = ?4, retry = false,"
                + " attempts = attempts + 1 where feedId = ?2 and itemKey = ?3 and (outcome = ?4 and readAt < ?5"
                + " or retry = true and attempts < ?6)", now, feed.id(), item.key(), FeedItem.BEING_READ,
                now.minus(READING_LEASE), MAX_ATTEMPTS)) == 1) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                FeedItem row = new FeedItem();
                row.feedId = feed.id();
                row.itemKey = item.key();
                row.link = item.link() == null ? null : GeneratedDrafts.shortened(item.link(), 2000);
                row.outcome = FeedItem.BEING_READ;
                row.readAt = now;
                row.attempts = 1;
                row.persistAndFlush();
            });
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolation.isCause(e)) {
                return false;
            }
            if (ForeignKeyViolation.isCause(e)) {
                throw new FeedGone();
            }
            throw e;
        }
    }

    private Polled succeeded(Feed feed, Instant now, GuardedFetch.Fetched fetched, int read, int left, int queued,
            int played, List<String> problems, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            NewsFeed row = NewsFeed.findById(feed.id());
            if (row == null) {
                return;
            }
            row.failures = 0;
            row.lastPolledAt = now;
            row.nextPollAt = next(now);
            if (fetched == null || !fetched.notModified()) {
                row.etag = fetched == null || fetched.etag() == null || fetched.etag().length() > NewsFeed.MAX_ETAG
                        ? null : fetched.etag();
                row.lastModified = fetched == null || fetched.lastModified() == null
                        || fetched.lastModified().length() > NewsFeed.MAX_LAST_MODIFIED ? null : fetched.lastModified();
            }
            row.status = GeneratedDrafts.shortened(status, NewsFeed.MAX_STATUS);
        });
        return new Polled(feed.id(), feed.guildId(), read, left, queued, played, status);
    }

    private Polled failed(Feed feed, Instant now, String reason) {
        int failures = feed.failures() + 1;
        Duration wait = config.pollEvery().multipliedBy(1L << Math.min(failures, 20));
        Instant next = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        String status = "Failed " + now + " (" + count(failures, "time") + " in a row; next try " + next + "): "
                + reason;
        QuarkusTransaction.requiringNew().run(() -> {
            NewsFeed row = NewsFeed.findById(feed.id());
            if (row == null) {
                return;
            }
            row.failures = failures;
            row.lastPolledAt = now;
            row.nextPollAt = next;
            row.status = GeneratedDrafts.shortened(status, NewsFeed.MAX_STATUS);
        });
        return new Polled(feed.id(), feed.guildId(), 0, 0, 0, 0, status);
    }

    /**
     * One notice a server: in its notice channel, else in the channel of its newest feed that brought questions and
     * has one; nowhere when neither is there.
     */
    private void tell(String guildId, List<Feed> feeds, int[] sums) {
        noticeChannel.of(guildId)
                .or(() -> feeds.stream().filter(feed -> feed.channelId() != null)
                        .max((a, b) -> a.addedAt().compareTo(b.addedAt())).map(Feed::channelId))
                .ifPresent(channel -> told.fire(new FeedQuestions(guildId, channel, sums[0], sums[1],
                        reviewQueue.waiting(guildId))));
    }

    private static String named(ReadFeed.Item item) {
        return item.title().isEmpty() ? "an item" : "“" + GeneratedDrafts.shortened(item.title(), 80) + "”";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
