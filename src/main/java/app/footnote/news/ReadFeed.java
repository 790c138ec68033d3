package app.footnote.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import app.footnote.bank.ArticleIds;

/**
 * The items of an RSS or Atom feed, read by ROME (which knows every RSS version and Atom, and refuses a DOCTYPE, so no
 * entity in a feed reaches a file or the network): newest first, each with the key it is remembered by.
 */
final class ReadFeed {

    /**
     * An item of a feed.
     *
     * @param key a digest of its GUID (Atom's id), else of its link: what the bot remembers it by
     * @param link its article's absolute address; null when it has none
     * @param published when the feed says it was published or updated; null when it does not
     */
    record Item(String key, String title, String link, Instant published) {
    }

    /** What a feed holds: its items, newest first, and how many it had with neither a GUID nor a link. */
    record Items(List<Item> items, int unnamed) {
    }

    private ReadFeed() {
    }

    /** @throws LinkRefusedException when the response is no RSS or Atom feed */
    static Items read(GuardedFetch.Fetched fetched) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(fetched.body()))) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw LinkRefusedException.refused(fetched.uri() + " is not an RSS or Atom feed that Footnote can read: "
                    + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + ".");
        }
        List<Item> items = new ArrayList<>();
        int unnamed = 0;
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(fetched.uri(), entry);
            String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
            String named = guid != null ? "guid:" + guid : link != null ? "link:" + link : null;
            if (named == null) {
                unnamed++;
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new Item(ArticleIds.digest(named, 32), entry.getTitle() == null ? "" : entry.getTitle().strip(),
                    link,
                    date == null ? null : date.toInstant()));
        }
        items.sort(Comparator.comparing(Item::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Items(items, unnamed);
    }

    /** The item's link, resolved against the feed's address; null when it has none that is http or https. */
    private static String link(URI feed, SyndEntry entry) {
        List<String> candidates = new ArrayList<>();
        if (entry.getLink() != null) {
            candidates.add(entry.getLink());
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
                candidates.add(link.getHref());
            }
        }
        for (String candidate : candidates) {
            try {
                URI resolved = feed.resolve(candidate.strip());
                String scheme = resolved.getScheme() == null ? ""
                        : resolved.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    return resolved.toString();
                }
            } catch (IllegalArgumentException e) {
                // Not an address: try the next one.
            }
        }
        return null;
    }
}
