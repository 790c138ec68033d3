package app.footnote.bank;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One footnote of a question: the sentence copied from an article of the bank, or from a web page ({@code url}) that
 * the bot cannot check.
 */
@Embeddable
public class QuestionSource {

    @Column(name = "article_id")
    public String articleId;
    public String url;
    public String quote;

    public QuestionSource() {
    }

    public QuestionSource(String articleId, String url, String quote) {
        this.articleId = articleId;
        this.url = url;
        this.quote = quote;
    }

    public static QuestionSource of(BankSource source) {
        return new QuestionSource(source.article(), source.url(), source.quote());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionSource source && Objects.equals(articleId, source.articleId)
                && Objects.equals(url, source.url) && Objects.equals(quote, source.quote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, url, quote);
    }
}
