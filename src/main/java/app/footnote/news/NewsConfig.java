package app.footnote.news;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.news")
public interface NewsConfig {

    /**
     * Fetch from loopback, private, link-local and cloud metadata addresses too. Off, a link to the bot's own network
     * is refused (a moderator's link must not reach what only the bot can). Env: FOOTNOTE_NEWS_ALLOW_PRIVATE_ADDRESSES.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long to wait for a site to accept the connection. Env: FOOTNOTE_NEWS_CONNECT_TIMEOUT. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a whole response may take, from the request to its last byte. Env: FOOTNOTE_NEWS_RESPONSE_TIMEOUT. */
    @WithDefault("20s")
    Duration responseTimeout();

    /** How many feeds one server may follow. Env: FOOTNOTE_NEWS_MAX_FEEDS. */
    @WithDefault("10")
    int maxFeeds();

    /**
     * How often each feed is read; a feed that fails waits twice as long after each failure, at most a day. Env:
     * FOOTNOTE_NEWS_POLL_EVERY.
     */
    @WithDefault("30m")
    Duration pollEvery();

    /**
     * How many new items of one feed are read in one poll (each is a page fetched and an article read); the rest
     * wait for the next polls, newest first. Env: FOOTNOTE_NEWS_ITEMS_PER_POLL.
     */
    @WithDefault("5")
    int itemsPerPoll();

    /**
     * Questions from news older than this are no longer asked: those whose cited articles, by their publication date,
     * are all older (undated articles never age). Unset: questions never retire by age. Env:
     * FOOTNOTE_NEWS_RETIRE_AFTER.
     */
    Optional<Duration> retireAfter();
}
