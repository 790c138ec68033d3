package app.footnote.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the bot knows, counted over active questions. No answers: this is public.
 *
 * @param questions active questions in all
 * @param articles each article with the number of questions citing it
 */
public record BankSummary(long questions, List<ArticleCount> articles, Map<String, Long> categories,
        Map<String, Long> difficulties) {

    public record ArticleCount(String id, String title, String outlet, LocalDate published, long questions) {
    }
}
