package app.footnote.news;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.bank.Article;
import app.footnote.bank.ArticleIds;
import app.footnote.bank.BankArticle;
import app.footnote.moderation.Actor;
import app.footnote.moderation.GeneratedDrafts;

/**
 * An article by its link: fetched through the guarded door, read from its page, and its questions generated and
 * queued for review as for an uploaded text. A link refused or a page with no article stores nothing.
 */
@ApplicationScoped
public class GenerateFromLink {

    private final GuardedFetch fetch;
    private final GeneratedDrafts generatedDrafts;

    GenerateFromLink(GuardedFetch fetch, GeneratedDrafts generatedDrafts) {
        this.fetch = fetch;
        this.generatedDrafts = generatedDrafts;
    }

    /**
     * @param destination where its questions go: the review queue, or into play
     * @throws LinkRefusedException when the link is refused, the site fails, or the page holds no article
     */
    public GeneratedDrafts.Outcome generate(String guildId, Actor actor, String authorName, String link,
            GeneratedDrafts.Destination destination) {
        PageArticle page = read(link);
        if (page.url().length() > Article.MAX_URL) {
            throw LinkRefusedException.refused("The article's address is " + page.url().length() + " characters"
                    + " long; Footnote keeps addresses of at most " + Article.MAX_URL + ".");
        }
        BankArticle article = new BankArticle(ArticleIds.linkIdOf(page.url()), page.title(), page.outlet(),
                page.published(),
                List.of(), page.text());
        return generatedDrafts.fromPage(guildId, actor, authorName, article, page.url(), page.author(), destination);
    }

    /** The article at a link, read but not stored. */
    public PageArticle read(String link) {
        return ReadArticlePage.read(fetch.fetch(link, GuardedFetch.Wanted.PAGE));
    }
}
