package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The bank the bot ships with keeps the promises of the README. */
class ShippedBankTest {

    private final Bank bank = new BankReader().read(BankFixtures.SHIPPED);

    @Test
    void shippedBankPassesEveryRule() {
        assertEquals(List.of(), new BankValidator().validate(bank));
    }

    @Test
    void shippedBankHasAtLeast80QuestionsAndEveryArticleBacksAtLeast10() {
        BankStatistics statistics = BankStatistics.of(bank);

        assertTrue(statistics.questions() >= 80, statistics::describe);
        assertEquals(4, statistics.byArticle().size(), statistics::describe);
        statistics.byArticle().forEach((article, count) -> assertTrue(count >= 10, article + ": " + count));
    }

    @Test
    void shippedBankSpreadsOverTheFiveCategoriesAndThreeDifficulties() {
        BankStatistics statistics = BankStatistics.of(bank);

        assertEquals(Set.of("cast", "story", "production", "release", "franchise"),
                statistics.byCategory().keySet());
        statistics.byCategory().forEach((category, count) -> assertTrue(count >= 10, category + ": " + count));
        assertEquals(Set.of("easy", "medium", "hard"), statistics.byDifficulty().keySet());
        statistics.byDifficulty().forEach((difficulty, count) -> assertTrue(count >= 10, difficulty + ": " + count));
    }

    @Test
    void noPromptPointsAtAnArticleThePlayerCannotSee() {
        bank.questions().forEach(q -> assertTrue(!q.prompt().toLowerCase().contains("this article")
                && !q.prompt().toLowerCase().contains("the article"), q.id()));
    }

    @Test
    void everyArticleHasATitleAndTheOutletsItCites() {
        Map<String, List<String>> cites = new TreeMap<>();
        bank.articles().forEach(article -> {
            assertTrue(article.title() != null && !article.title().isBlank(), article.id());
            cites.put(article.id(), article.cites());
        });
        assertEquals(List.of("Deadline", "Trek Core"), cites.get("000_5fea22154b954d84"));
        assertEquals(List.of("techradar"), cites.get("001_e15564d9f5fd413f"));
        assertEquals(List.of("LA Times"), cites.get("003_e706162e0d10076d"));
    }
}
