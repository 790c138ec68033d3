package app.footnote.bank.generate;

import static app.footnote.bank.generate.GenerateQuestionsTest.answering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;

/**
 * Two outlets on one takeover: a price they agree on is one question with both footnotes; a price they dispute is
 * never asked as a fact, only as each outlet's claim, and the moderator is told of the dispute.
 */
class OutletsOnOneStoryTest {

    private final GenerateQuestions generator = new GenerateQuestions();

    @Test
    void aFactTwoArticlesStateIsOneQuestionCitingBoth() {
        // GIVEN the Daily Ledger and the Evening Courier, both: "Cedar Bank agreed to buy Lakeside Financial for $2.4 billion"
        Generation generation = generator.generate(List.of(NewsArticles.DEAL, NewsArticles.SAME_DEAL));

        // THEN one question asks the price, and its footnotes quote each outlet's sentence
        List<BankQuestion> price = generation.questions().stream()
                .filter(q -> q.answer().equals(NewsArticles.PRICE)).toList();
        assertEquals(1, price.size(), generation.questions().toString());
        assertEquals(List.of("deal-ledger", "deal-courier"), price.get(0).sources().stream()
                .map(BankSource::article).toList());
        assertEquals(List.of("Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday.",
                "Cedar Bank agreed to buy Lakeside Financial for $2.4 billion, the companies announced."),
                price.get(0).sources().stream().map(BankSource::quote).toList());
        assertFalse(price.get(0).prompt().startsWith("According to"), price.get(0).prompt());
        assertEquals(List.of(), generation.conflicts());
    }

    @Test
    void aFactTwoArticlesDisputeIsAskedOnlyAsEachOnesClaimAndReported() {
        // GIVEN the Daily Ledger's $2.4 billion and the Evening Courier's $2.1 billion for the same takeover
        Generation generation = generator.generate(List.of(NewsArticles.DEAL, NewsArticles.OTHER_PRICE));

        // THEN each price is asked as its outlet's claim, with its outlet's footnote alone
        BankQuestion ledger = answering(generation.questions(), NewsArticles.PRICE);
        BankQuestion courier = answering(generation.questions(), NewsArticles.LOWER_PRICE);
        assertTrue(ledger.prompt().startsWith("According to Daily Ledger, "), ledger.prompt());
        assertTrue(courier.prompt().startsWith("According to Evening Courier, "), courier.prompt());
        assertEquals(List.of("deal-ledger"), ledger.sources().stream().map(BankSource::article).toList());
        assertEquals(List.of("deal-courier"), courier.sources().stream().map(BankSource::article).toList());
        // the other outlet's figure is no wrong choice (it is not wrong, only disputed), and the explanation says so
        assertFalse(ledger.wrong().contains(NewsArticles.LOWER_PRICE), ledger.wrong().toString());
        assertFalse(courier.wrong().contains(NewsArticles.PRICE), courier.wrong().toString());
        assertTrue(ledger.explanation().contains("Evening Courier says " + NewsArticles.LOWER_PRICE),
                ledger.explanation());
        // and the moderator reads one line naming both figures and both articles
        assertEquals(1, generation.conflicts().size(), generation.conflicts().toString());
        String conflict = generation.conflicts().get(0);
        assertTrue(conflict.contains(NewsArticles.PRICE + " in deal-ledger") && conflict.contains(
                NewsArticles.LOWER_PRICE + " in deal-courier"), conflict);
    }
}
