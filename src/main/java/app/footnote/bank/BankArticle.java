package app.footnote.bank;

import java.time.LocalDate;
import java.util.List;

/**
 * A source article: its text and what {@code questions/articles/index.yaml} says about it.
 *
 * @param id the file stem, which questions cite
 * @param outlet who published it, {@code null} when the text does not say
 * @param published the publication date, {@code null} when the text does not state one
 * @param cites the outlets the article itself names as its sources
 */
public record BankArticle(String id, String title, String outlet, LocalDate published, List<String> cites,
        String text) {
}
