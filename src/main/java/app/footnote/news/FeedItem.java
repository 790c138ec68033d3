package app.footnote.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An item of a feed, recorded before its article is read: the unique (feed, key) makes reading it happen once, across
 * polls, restarts and processes.
 */
@Entity
@Table(name = "feed_item")
public class FeedItem extends PanacheEntityBase {

    /** The size of {@code feed_item.outcome}. */
    static final int MAX_OUTCOME = 1000;
    /** The outcome of an item recorded and not yet read; past {@link PollFeeds#READING_LEASE} it is read again. */
    static final String BEING_READ = "Being read.";

    @Id
    @GeneratedValue(generator = "feed_item_seq")
    @SequenceGenerator(name = "feed_item_seq", sequenceName = "feed_item_seq", allocationSize = 50)
    public Long id;
    @Column(name = "feed_id")
    public Long feedId;
    /** A digest of the item's GUID, else of its link. */
    @Column(name = "item_key")
    public String itemKey;
    public String link;
    @Column(name = "article_id")
    public String articleId;
    /** What reading it gave: how many questions, or why none. */
    public String outcome;
    @Column(name = "read_at")
    public Instant readAt;
    /** How many times its article was tried. */
    public int attempts;
    /** The site was unavailable: a later poll tries again, while attempts < {@link PollFeeds#MAX_ATTEMPTS}. */
    public boolean retry;
}
