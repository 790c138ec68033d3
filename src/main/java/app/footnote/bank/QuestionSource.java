package app.footnote.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One footnote of a question: the article and the sentence copied from it. */
@Embeddable
public class QuestionSource {

    @Column(name = "article_id")
    public String articleId;
    public String quote;

    public QuestionSource() {
    }

    public QuestionSource(String articleId, String quote) {
        this.articleId = articleId;
        this.quote = quote;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionSource source && articleId.equals(source.articleId)
                && quote.equals(source.quote);
    }

    @Override
    public int hashCode() {
        return articleId.hashCode() * 31 + quote.hashCode();
    }
}
