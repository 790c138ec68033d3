package app.footnote.bank;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A source article as the footnote shows it. Its id is the file stem, which the bank files cite. */
@Entity
public class Article extends PanacheEntityBase {

    /**
     * How the id of an article uploaded to a server starts (the rest is a digest of its text): such articles are no
     * part of the shared bank, and the bank's index may not use the prefix.
     */
    public static final String UPLOAD_PREFIX = "upload-";
    /** How the id of an article fetched by its link starts (the rest names its site and digests its address). */
    public static final String LINK_PREFIX = "link-";

    @Id
    public String id;
    public String title;
    public String outlet;
    public LocalDate published;
    /** The article's text, which quotes are checked against. */
    public String body;
    /** The longest address kept (the column, V7). */
    public static final int MAX_URL = 2000;

    /** Where the article was read, for one fetched by its link; null for a file or an upload. */
    public String url;
    public String author;

    /** Whether the article is a server's (uploaded or fetched by its link), no part of the shared bank. */
    public static boolean isServers(String id) {
        return id.startsWith(UPLOAD_PREFIX) || id.startsWith(LINK_PREFIX);
    }

    /** Inserts the article, or brings the stored one in step with it. */
    public static void save(BankArticle file) {
        save(file, null, null);
    }

    /** Inserts the article read from {@code url}, or brings the stored one in step with it. */
    public static void save(BankArticle file, String url, String author) {
        Article article = findById(file.id());
        boolean isNew = article == null;
        if (isNew) {
            article = new Article();
            article.id = file.id();
        }
        article.title = file.title();
        article.outlet = file.outlet();
        article.published = file.published();
        article.body = storable(file.text());
        article.url = url;
        article.author = author;
        if (isNew) {
            article.persist();
        }
    }

    /**
     * PostgreSQL's text cannot hold U+0000, which H2's can (an upload that is no text at all may be full of them):
     * stored as a space instead, the same on both. No quote may contain one, and quotes are matched ignoring white
     * space, so no check reads differently.
     */
    static String storable(String text) {
        return text == null ? null : text.replace('\0', ' ');
    }
}
