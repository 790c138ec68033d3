package app.footnote.news;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.Article;
import app.footnote.bank.BankValidator;
import app.footnote.moderation.Actor;

/**
 * The feeds a server follows, at most {@code footnote.news.max-feeds}: added, listed and removed by its moderators.
 * A feed added is read at the next poll; what that poll found is its status.
 */
@ApplicationScoped
public class Feeds {

    private final Clock clock;
    private final NewsConfig config;

    Feeds(Clock clock, NewsConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /**
     * @param category the category its questions get; null or blank: the generator's
     * @param auto whether questions that pass the server's rules go straight into play
     * @param channelId where moderators are told of new questions; null: nowhere
     * @throws FeedRefusedException when a value is wrong, the server follows the feed already, or as many as it may
     */
    @Transactional
    public FeedView add(String guildId, String url, String category, boolean auto, String channelId, Actor actor) {
        URI uri;
        try {
            uri = GuardedFetch.parse(url);
        } catch (LinkRefusedException e) {
            throw FeedRefusedException.invalid("url", e.getMessage());
        }
        String address = uri.toString();
        if (address.length() > Article.MAX_URL) {
            throw FeedRefusedException.invalid("url", "The feed's address is " + address.length() + " characters"
                    + " long; Footnote keeps addresses of at most " + Article.MAX_URL + ".");
        }
        String kept = category == null || category.isBlank() ? null : category.strip();
        if (kept != null && kept.length() > BankValidator.MAX_CATEGORY_LENGTH) {
            throw FeedRefusedException.invalid("category", "The category is " + kept.length() + " characters long;"
                    + " a category has at most " + BankValidator.MAX_CATEGORY_LENGTH + ".");
        }
        if (NewsFeed.count("guildId = ?1 and url = ?2", guildId, address) > 0) {
            throw FeedRefusedException.conflict("This server follows " + address + " already.");
        }
        // Not locked: two adds in the same moment may both count one feed short, and the server follows one more
        // than the limit (a count, not a guard of anything costly: polls are bounded per tick, items per poll).
        long following = NewsFeed.count("guildId", guildId);
        if (following >= config.maxFeeds()) {
            throw FeedRefusedException.conflict("This server follows " + following + " feeds, the most a server may;"
                    + " remove one first.");
        }
        NewsFeed feed = new NewsFeed();
        feed.guildId = guildId;
        feed.url = address;
        feed.category = kept;
        feed.autoPlay = auto;
        feed.channelId = channelId;
        feed.addedBy = actor.id();
        feed.addedAt = clock.instant();
        feed.nextPollAt = feed.addedAt;
        feed.persistAndFlush();
        return FeedView.of(feed);
    }

    /** The server's feeds, in the order they were added. */
    @Transactional
    public List<FeedView> list(String guildId) {
        return NewsFeed.<NewsFeed>list("guildId = ?1 order by addedAt, id", guildId).stream().map(FeedView::of)
                .toList();
    }

    /** @throws FeedRefusedException when the server follows no such feed */
    @Transactional
    public FeedView find(String guildId, long id) {
        return FeedView.of(own(guildId, id));
    }

    /**
     * Stops following a feed. The questions it brought stay (in play, or waiting for review): they are the server's.
     * Its items go with it (the database cascades, also to an item a poll records meanwhile).
     *
     * @throws FeedRefusedException when the server follows no such feed
     */
    @Transactional
    public FeedView remove(String guildId, long id) {
        NewsFeed feed = own(guildId, id);
        feed.delete();
        return FeedView.of(feed);
    }

    private static NewsFeed own(String guildId, long id) {
        NewsFeed feed = NewsFeed.findById(id);
        if (feed == null || !feed.guildId.equals(guildId)) {
            throw FeedRefusedException.notFound(id);
        }
        return feed;
    }
}
