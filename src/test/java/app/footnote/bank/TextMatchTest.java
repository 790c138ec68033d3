package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    private static final String ARTICLE = "Season 2 has already been allocated $20.4 million in California\n"
            + "tax incentives. The series’ “official” title came in April 2019.";

    @Test
    void quoteMayDifferFromArticleOnlyInWhiteSpaceAndTypography() {
        assertTrue(TextMatch.quoteFound(ARTICLE, "allocated $20.4 million in California tax incentives"));
        assertTrue(TextMatch.quoteFound(ARTICLE, "The series' \"official\" title"));
        assertFalse(TextMatch.quoteFound(ARTICLE, "allocated $20.4 million in california tax incentives"),
                "a quote is verbatim: case matters");
        assertFalse(TextMatch.quoteFound(ARTICLE, "allocated $20.5 million"));
        assertFalse(TextMatch.quoteFound(ARTICLE, "   "));
    }

    @Test
    void choicesAreTheSameWhenOnlyCaseAndSpacesDiffer() {
        assertTrue(TextMatch.sameChoice("Seven of Nine", "  seven  OF nine "));
        assertFalse(TextMatch.sameChoice("Seven of Nine", "Seven-of-Nine"));
    }

    @Test
    void answerIgnoresCasePunctuationAndALeadingArticle() {
        assertTrue(TextMatch.containsAnswer("the film Star Trek (2009).", "Star Trek (2009)"));
        assertTrue(TextMatch.containsAnswer("a rescue mission to save the Romulan people", "The Romulan people"));
        assertTrue(TextMatch.containsAnswer("aboard the Borg cube, Soji", "A Borg cube"));
        assertTrue(TextMatch.containsAnswer("Michelle Hurd as Rafaella “Raffi” Musiker", "rafaella"));
    }

    @Test
    void answerMatchesWholeWordsOnly() {
        assertFalse(TextMatch.containsAnswer("released in 2010", "10"));
        assertFalse(TextMatch.containsAnswer("the Romulans", "Romulan"));
        assertFalse(TextMatch.containsAnswer("anything", "The"));
    }

    @Test
    void numberWordsMatchDigits() {
        assertTrue(TextMatch.containsAnswer("following a twelve year break", "12"));
        assertTrue(TextMatch.containsAnswer("Forty-two boats sailed", "42"));
        assertTrue(TextMatch.containsAnswer("the first five months", "5"));
        assertTrue(TextMatch.containsAnswer("the eighth installment", "8th"));
        assertTrue(TextMatch.containsAnswer("the second 10-episode season", "10"));
        assertFalse(TextMatch.containsAnswer("following a twelve year break", "13"));
    }

    @Test
    void thousandsSeparatorsAndPercentSignsDoNotMatter() {
        assertTrue(TextMatch.containsAnswer("about 12,000 visitors", "12000"));
        assertTrue(TextMatch.containsAnswer("an 87 percent approval rating", "87%"));
        assertTrue(TextMatch.containsAnswer("an 87% approval rating", "87 percent"));
        assertFalse(TextMatch.containsAnswer("an 87% approval rating", "78%"));
    }

    @Test
    void datesMatchAcrossTheirCommonFormats() {
        assertTrue(TextMatch.containsAnswer("premiered on 23 January 2020;", "January 23, 2020"));
        assertTrue(TextMatch.containsAnswer("premieres Thursday, January 23, 2020 on", "23 January 2020"));
        assertTrue(TextMatch.containsAnswer("date 2020-06-12 After", "June 12, 2020"));
        assertTrue(TextMatch.containsAnswer("on Jan. 23, 2020", "January 23, 2020"));
        assertTrue(TextMatch.containsAnswer("premiered on 23 January 2020", "2020"));
        assertFalse(TextMatch.containsAnswer("premiered on 23 January 2020", "February 23, 2020"));
    }
}
