package app.footnote.chat.discord.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.chat.discord.FakeDiscord;
import app.footnote.game.Origin;
import app.footnote.game.Reveal;

/** The footnote under a reveal names its source: an article of the bank, or a web page whose quote was not checked. */
class RevealFootnotesTest {

    private static String footnoteShownFor(Reveal.Footnote footnote) {
        Reveal reveal = new Reveal(7, Origin.DISCORD, "1", "2", "Who directed it?", "B", "Jonathan Frakes", 1, 1,
                List.of(),
                "He directed two of the films.", List.of(footnote), Instant.parse("2026-11-23T10:00:00Z"),
                app.footnote.game.AnswerMode.BUTTONS, List.of());
        return FakeDiscord.Sent.of(RoundMessages.reveal(reveal, List.of()).applyTo(FakeDiscord.builder(
                org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder.class)))
                .field(RoundMessages.FOOTNOTE);
    }

    @Test
    void anArticleIsCitedByTitleOutletAndDate() {
        assertEquals("— *Picard season 3*, Variety, 12 June 2020\n> Frakes directed two episodes.",
                footnoteShownFor(Reveal.Footnote.article("Picard season 3", "Variety", LocalDate.of(2020, 6, 12), null,
                        "Frakes directed two episodes.")));
    }

    @Test
    void anArticleReadFromItsLinkIsCitedWithTheLinkToo() {
        assertEquals("— *Becton to buy CareFusion*, Reuters, 5 October 2014 · <https://www.reuters.com/article/x>\n"
                + "> Becton Dickinson has agreed to buy CareFusion.",
                footnoteShownFor(Reveal.Footnote.article("Becton to buy CareFusion", "Reuters",
                        LocalDate.of(2014, 10, 5), "https://www.reuters.com/article/x",
                        "Becton Dickinson has agreed to buy CareFusion.")));
    }

    @Test
    void aWebPageIsCitedByItsAddressAndSaysTheQuoteWasNotChecked() {
        assertEquals("— *https://example.org/frakes*, web page; the quote was not checked against it\n"
                + "> Frakes directed two episodes.",
                footnoteShownFor(Reveal.Footnote.webPage("https://example.org/frakes",
                        "Frakes directed two episodes.")));
    }
}
