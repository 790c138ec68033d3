package app.footnote.news;

import java.time.Instant;

/**
 * A feed as moderators see it.
 *
 * @param category the category its questions get; null: the generator's
 * @param auto whether its questions that pass the server's rules go straight into play
 * @param channelId where moderators are told of its new questions unless the server names a notice channel; null:
 *        only there
 * @param status what the last poll did; before the first, what the check when it was added found
 */
public record FeedView(long id, String url, String category, boolean auto, String channelId, Instant addedAt,
        Instant lastPolledAt, Instant nextPollAt, int failures, String status) {

    static FeedView of(NewsFeed feed) {
        return new FeedView(feed.id, feed.url, feed.category, feed.autoPlay, feed.channelId, feed.addedAt,
                feed.lastPolledAt, feed.nextPollAt, feed.failures, feed.status);
    }
}
