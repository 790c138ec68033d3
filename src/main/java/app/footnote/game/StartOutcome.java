package app.footnote.game;

import java.util.List;

import app.footnote.bank.Difficulty;

/** What asking for a round did. */
public sealed interface StartOutcome {

    /**
     * A new round is open; {@code asked} is how many questions were asked for, more than the game has when fewer
     * questions match its filters.
     */
    record Started(RoundView round, int asked) implements StartOutcome {

        /** As many questions as asked for: a round on its own, or a game of all it was asked to play. */
        public Started(RoundView round) {
            this(round, round.game() == null ? 1 : round.game().questions());
        }

        /** The game has fewer questions than asked for: only that many match its filters. */
        public boolean fewerThanAsked() {
            return round.game() != null && round.game().questions() < asked;
        }
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
