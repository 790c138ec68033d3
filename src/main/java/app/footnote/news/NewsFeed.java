package app.footnote.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An RSS or Atom feed a server follows, and how its polling stands (V10__feeds.sql). */
@Entity
@Table(name = "news_feed")
public class NewsFeed extends PanacheEntityBase {

    /** The sizes of {@code news_feed.status}, {@code etag} and {@code last_modified}. */
    static final int MAX_STATUS = 1000;
    static final int MAX_ETAG = 500;
    static final int MAX_LAST_MODIFIED = 100;

    @Id
    @GeneratedValue(generator = "news_feed_seq")
    @SequenceGenerator(name = "news_feed_seq", sequenceName = "news_feed_seq", allocationSize = 50)
    public Long id;
    @Column(name = "guild_id")
    public String guildId;
    public String url;
    /** The category its questions get; null: the generator's. */
    public String category;
    /** Whether questions that pass the server's rules go straight into play rather than wait for review. */
    @Column(name = "auto_play")
    public boolean autoPlay;
    /** Where moderators are told of new questions, unless the server names a notice channel; null: only there. */
    @Column(name = "channel_id")
    public String channelId;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "added_at")
    public Instant addedAt;
    /** When the feed is next due; a process moves it on before polling, which is its claim. */
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "last_polled_at")
    public Instant lastPolledAt;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    /** Polls failed in a row: each one doubles the wait before the next. */
    public int failures;
    /** What the last poll did, in words a moderator can act on; before the first, what the check on adding found. */
    public String status;
}
