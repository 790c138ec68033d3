package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A quote shown in its sentence, between the sentences around it, as a player checking it would read them. */
class ArticleSentencesTest {

    private static final String ARTICLE = """
            Picard returns
            Season 1 premieres on January 23. Season 2 has already been allocated $20.4 million \
            in California tax incentives. Filming starts next spring.

            Frakes will direct. He directed two of the films.
            """;

    @Test
    void theQuotedSentenceComesWithTheSentenceBeforeAndAfter() {
        assertEquals(Optional.of(new ArticleSentences.Passage("Season 1 premieres on January 23.",
                "Season 2 has already been allocated $20.4 million in California tax incentives.",
                "Filming starts next spring.")),
                ArticleSentences.around(ARTICLE, "allocated $20.4 million in California"));
    }

    @Test
    void aQuoteIsFoundWhateverItsWhiteSpaceAndCurlyPunctuation() {
        String article = "He said \u201Cit\u2019s done.\u201D   Then\n he left. Nobody followed.";
        assertEquals(Optional.of(new ArticleSentences.Passage("He said \u201Cit\u2019s done.\u201D", "Then he left.",
                "Nobody followed.")), ArticleSentences.around(article, "Then he   left"));
        assertEquals("He said \u201Cit\u2019s done.\u201D", ArticleSentences.around(article, "said \"it's done")
                .orElseThrow().sentence(), "shown as the article writes it");
        assertEquals("Nobody followed.", ArticleSentences.around("He left. Nobody\u00A0followed.",
                "Nobody followed").orElseThrow().sentence(), "a no-break space is white space too");
    }

    @Test
    void aHeadingAndAParagraphEndSentencesAndTheEdgesHaveNoNeighbour() {
        assertEquals(Optional.of(new ArticleSentences.Passage(null, "Picard returns",
                "Season 1 premieres on January 23.")), ArticleSentences.around(ARTICLE, "Picard returns"));
        assertEquals(Optional.of(new ArticleSentences.Passage("Frakes will direct.",
                "He directed two of the films.", null)), ArticleSentences.around(ARTICLE, "two of the films"));
        assertEquals("Filming starts next spring.",
                ArticleSentences.around(ARTICLE, "Frakes will").orElseThrow().before());
    }

    @Test
    void aQuoteOverTwoSentencesShowsBoth() {
        assertEquals("Filming starts next spring. Frakes will direct.",
                ArticleSentences.around(ARTICLE, "next spring.\n\nFrakes").orElseThrow().sentence());
    }

    @Test
    void aQuoteTheArticleNoLongerHasFindsNothing() {
        assertEquals(Optional.empty(), ArticleSentences.around(ARTICLE, "Riker will direct"));
        assertEquals(Optional.empty(), ArticleSentences.around(null, "Frakes"));
    }
}
