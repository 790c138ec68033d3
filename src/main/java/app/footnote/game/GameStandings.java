package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.footnote.score.Ranking;
import app.footnote.score.ScoreTotals;

/**
 * A game's players ranked by their points in it, by the leaderboards' rule ({@link Ranking}): on equal points,
 * whoever reached their score first ranks higher.
 *
 * @param top the best {@link #TOP_SHOWN}, best first
 */
public record GameStandings(GameView game, List<Line> top) {

    public static final int TOP_SHOWN = 10;

    /** @param reachedAt when the player's last points of the game came (their first answer when they have none) */
    public record Line(int rank, String userId, String displayName, int points, int correct, Instant reachedAt) {
    }

    public GameStandings {
        top = List.copyOf(top);
    }

    /** The ranking of a game's answers, given in any order. */
    static List<Line> rank(List<ScoreTotals.ScoredAnswer> answers) {
        List<Line> lines = new ArrayList<>();
        for (Ranking.Score score : Ranking.rank(answers).stream().limit(TOP_SHOWN).toList()) {
            lines.add(new Line(lines.size() + 1, score.userId(), score.displayName(), (int) score.points(),
                    score.correct(), score.reachedAt()));
        }
        return lines;
    }
}
