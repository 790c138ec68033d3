package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;

/** A question about a fact that keeps changing says when it was true; one about a fact of the day stays as it is. */
class AsOfTest {

    private static final LocalDate OCTOBER_2016 = LocalDate.of(2016, 10, 3);

    private static BankQuestion question(String prompt, String answer, String quote) {
        return BankQuestion.of(null, "news", "medium", prompt, answer, List.of("a", "b", "c"), "Explained.",
                List.of(new BankSource("link-example-com-1", null, quote, 0)));
    }

    @Test
    void aBoxOfficeTotalSaysTheMonthOfItsArticle() {
        BankQuestion total = question("How much had the film grossed worldwide?", "$165 million",
                "The film has grossed $165 million worldwide so far.");

        assertEquals("How much had the film grossed worldwide (as of October 2016)?",
                AsOf.dated(total, OCTOBER_2016).prompt());
    }

    @Test
    void aRankingNamedOnlyInTheQuotedSentenceIsDatedToo() {
        BankQuestion rank = question("Which player did Wozniacki beat in the semifinal?", "Elina Svitolina",
                "Wozniacki, ranked No. 3 in the world, beat Elina Svitolina in the semifinal.");

        assertEquals("Which player did Wozniacki beat in the semifinal (as of October 2016)?",
                AsOf.dated(rank, OCTOBER_2016).prompt());
    }

    @Test
    void aFactOfTheDayAnUndatedArticleAndADateThatGivesTheAnswerAwayStayAsTheyAre() {
        BankQuestion price = question("For how much did Becton Dickinson agree to buy CareFusion?", "$12.2 billion",
                "Becton Dickinson agreed to buy CareFusion for $12.2 billion.");
        BankQuestion total = question("How much had the film grossed worldwide?", "$165 million",
                "The film has grossed $165 million worldwide so far.");
        BankQuestion year = question("In which year did the film's gross pass $100 million?", "2016",
                "Its gross passed $100 million in 2016.");

        assertSame(price, AsOf.dated(price, OCTOBER_2016));
        assertSame(total, AsOf.dated(total, null));
        assertSame(year, AsOf.dated(year, OCTOBER_2016));
    }
}
