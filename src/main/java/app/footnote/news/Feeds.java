package app.footnote.news;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.bank.Article;
import app.footnote.bank.BankValidator;
import app.footnote.moderation.Actor;

/**
 * The feeds a server follows, at most {@code footnote.news.max-feeds}: added (once read as a feed), listed and removed
 * by its moderators. A feed added is read at the next poll; what that poll found is its status.
 */
@ApplicationScoped
public class Feeds {

    private final Clock clock;
    private final GuardedFetch fetch;
    private final FeedSlots slots;

    Feeds(Clock clock, GuardedFetch fetch, FeedSlots slots) {
        this.clock = clock;
        this.fetch = fetch;
        this.slots = slots;
    }

    /**
     * Follows a feed once it is read through the guarded door as an RSS or Atom feed, as a poll would read it: a link
     * that is no feed, or that the door refuses, is refused saying why, and nothing is stored. Its items are read at
     * the next poll. Takes as long as the fetch may (its timeouts), holding no transaction meanwhile.
     *
     * @param category the category its questions get; null or blank: the generator's
     * @param auto whether questions that pass the server's rules go straight into play
     * @param channelId where moderators are told of new questions, unless the server names a notice channel; null:
     *        nowhere
     * @throws FeedRefusedException when a value is wrong, the server follows the feed already, or as many as it may
     * @throws LinkRefusedException when the link is not a feed, the door refuses it, or its site fails
     */
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
        slots.refuseIfTaken(guildId, address);
        ReadFeed.Items items;
        try {
            items = ReadFeed.read(fetch.fetch(address, GuardedFetch.Wanted.FEED));
        } catch (LinkRefusedException e) {
            throw new LinkRefusedException("Not followed: " + e.getMessage(), e.remote());
        }
        Instant now = clock.instant();
        int held = items.items().size() + items.unnamed();
        return slots.take(new FeedSlots.NewFeed(guildId, address, kept, auto, channelId, actor, now, "Checked " + now
                + ": an RSS or Atom feed of " + held + (held == 1 ? " item" : " items") + "; read at the next poll."));
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
