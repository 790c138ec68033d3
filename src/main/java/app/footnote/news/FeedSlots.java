package app.footnote.news;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.footnote.game.ServerSettingsStore;
import app.footnote.moderation.Actor;

/**
 * A server's feeds up to {@code footnote.news.max-feeds}, a feed each address: the limit holds under two adds in the
 * same moment, because each counts and stores under a lock of the server's settings row, one after the other.
 */
@ApplicationScoped
class FeedSlots {

    /** A feed checked and ready to be stored. */
    record NewFeed(String guildId, String url, String category, boolean auto, String channelId, Actor actor,
            Instant addedAt, String status) {
    }

    private final NewsConfig config;
    private final ServerSettingsStore settings;

    FeedSlots(NewsConfig config, ServerSettingsStore settings) {
        this.config = config;
        this.settings = settings;
    }

    /**
     * Refuses, before anything is fetched, a feed the server follows already or one past its limit; {@link #take}
     * asks again under the lock.
     */
    @Transactional
    void refuseIfTaken(String guildId, String url) {
        refusal(guildId, url);
    }

    /** @throws FeedRefusedException when the server follows the feed already, or as many as it may */
    @Transactional
    FeedView take(NewFeed wanted) {
        settings.lock(wanted.guildId());
        refusal(wanted.guildId(), wanted.url());
        NewsFeed feed = new NewsFeed();
        feed.guildId = wanted.guildId();
        feed.url = wanted.url();
        feed.category = wanted.category();
        feed.autoPlay = wanted.auto();
        feed.channelId = wanted.channelId();
        feed.addedBy = wanted.actor().id();
        feed.addedAt = wanted.addedAt();
        feed.nextPollAt = feed.addedAt;
        feed.status = wanted.status();
        feed.persistAndFlush();
        return FeedView.of(feed);
    }

    private void refusal(String guildId, String url) {
        if (NewsFeed.count("guildId = ?1 and url = ?2", guildId, url) > 0) {
            throw FeedRefusedException.conflict("This server follows " + url + " already.");
        }
        long following = NewsFeed.count("guildId", guildId);
        if (following >= config.maxFeeds()) {
            throw FeedRefusedException.conflict("This server follows " + following + " feeds, the most a server may;"
                    + " remove one first.");
        }
    }
}
