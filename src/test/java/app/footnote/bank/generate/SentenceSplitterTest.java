package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void everySentenceKeepsItsOffsetsInTheArticle() {
        String text = "  First one here. Second one there!\n\nA heading\nThird, after it.";

        List<Sentence> split = splitter.split(text);

        assertEquals(List.of("First one here.", "Second one there!", "A heading", "Third, after it."),
                split.stream().map(Sentence::text).toList());
        split.forEach(s -> assertEquals(s.text(), text.substring(s.start(), s.end())));
    }

    @Test
    void aTitleBeforeANameDoesNotEndTheSentence() {
        assertEquals(List.of("Mr. Stewart met Dr. Crusher and Mrs. Troi on set.", "Then they left."),
                sentences("Mr. Stewart met Dr. Crusher and Mrs. Troi on set. Then they left."));
    }

    @Test
    void aMonthAbbreviationBeforeANumberDoesNotEndTheSentence() {
        assertEquals(List.of("It premiered on Jan. 23, 2020 and ended in Sept. 2023.", "Fans were sad."),
                sentences("It premiered on Jan. 23, 2020 and ended in Sept. 2023. Fans were sad."));
    }

    @Test
    void initialsDoNotEndTheSentence() {
        assertEquals(List.of("The film was directed by J. J. Abrams in 2009.", "It was a reboot."),
                sentences("The film was directed by J. J. Abrams in 2009. It was a reboot."));
    }

    @Test
    void aMonthAbbreviationAtTheEndOfASentenceStillEndsIt() {
        assertEquals(List.of("Filming wrapped in late Jan.", "Editing began."),
                sentences("Filming wrapped in late Jan. Editing began."));
    }

    @Test
    void aListItemIsOneSentenceWithoutItsBullet() {
        String text = "Credits:\n- Producer(s): Patrick Stewart, James Duff. Alex Kurtzman, and Trevor Roth.\n"
                + "  • Alison Pill as Agnes Jurati\n";

        List<Sentence> split = splitter.split(text);

        assertEquals(List.of("Credits:", "Producer(s): Patrick Stewart, James Duff. Alex Kurtzman, and Trevor Roth.",
                "Alison Pill as Agnes Jurati"), split.stream().map(Sentence::text).toList());
        assertTrue(split.get(1).listItem() && split.get(2).listItem() && !split.get(0).listItem());
    }
}
