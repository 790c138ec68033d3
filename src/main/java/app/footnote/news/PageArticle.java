package app.footnote.news;

import java.time.LocalDate;

/**
 * An article as read from its page.
 *
 * @param url the page's canonical address (where the page says it lives), else the address it was fetched from
 * @param outlet the site's name ({@code og:site_name}, the JSON-LD publisher), else its host name
 * @param author who wrote it, null when the page does not say
 * @param published the publication date, null when the page does not say
 * @param text the main text, one paragraph a line
 */
public record PageArticle(String url, String title, String outlet, String author, LocalDate published, String text) {
}
