package app.footnote.game;

import java.util.List;

/** What asking for a round's source found: the sentences each answer comes from, or why there are none to show. */
public sealed interface SourceOutcome {

    /**
     * The round as it was asked and where its answer comes from.
     *
     * @param editedSince the question was changed after the round asked it; what is shown is what the round asked
     */
    record Shown(long roundId, String prompt, String answer, boolean editedSince, List<Passage> passages)
            implements
                SourceOutcome {
    }

    /**
     * One source: the footnote, and the sentence the quote is in with its neighbours. {@code sentence} is null when
     * the article's text is not at hand (a web page) or no longer contains the quote; then the quote is all there is.
     */
    record Passage(Reveal.Footnote footnote, String before, String sentence, String after) {
    }

    /** The source comes with the answer: not before the round is revealed. */
    record NotYetRevealed() implements SourceOutcome {
    }

    record NoSuchRound() implements SourceOutcome {
    }
}
