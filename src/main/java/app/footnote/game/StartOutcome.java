package app.footnote.game;

import java.util.List;

import app.footnote.bank.Difficulty;

/** What asking for a round did. */
public sealed interface StartOutcome {

    /** A new round is open. */
    record Started(RoundView round) implements StartOutcome {
    }

    /** The channel already has an open round: this one. */
    record AlreadyOpen(RoundView round) implements StartOutcome {
    }

    /** The channel has a game running: this one. */
    record GameRunning(GameView game) implements StartOutcome {
    }

    /**
     * No active question matches the filters ({@code null} when not given); {@code categories} are those in play,
     * to choose from instead.
     */
    record NothingMatches(String category, Difficulty difficulty, NewsWindow news, List<String> categories)
            implements
                StartOutcome {

        public NothingMatches {
            categories = List.copyOf(categories);
        }
    }
}
