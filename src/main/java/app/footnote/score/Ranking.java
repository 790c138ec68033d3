package app.footnote.score;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule players are ranked by, on the leaderboards and in a game's final standings: most points first; on equal
 * points, whoever reached their score first; then by id, so that the order is total. A player reaches their score with
 * their last answer that scored, or with their first answer while none has.
 */
public final class Ranking {

    /**
     * The rule over {@link ScoreTotal} rows (alias {@code t}), as HQL: {@link ScoreTotals} keeps {@code reachedAt} by
     * {@link Score#plus} in SQL, so the leaderboard reads its order from an index.
     */
    static final String ORDER_BY = "t.points desc, t.reachedAt, t.userId";
    /** The rows ranked ahead of one of {@code :points} on equal points: reached earlier, or as early with a lower id. */
    static final String TIED_AHEAD = "t.points = :points and (t.reachedAt < :reached"
            + " or (t.reachedAt = :reached and t.userId < :user))";

    /** A player's score over some answers, and when they reached it. */
    public record Score(String userId, String displayName, long points, int answers, int correct, Instant reachedAt) {

        static Score first(ScoreTotals.ScoredAnswer answer) {
            return new Score(answer.userId(), answer.displayName(), answer.points(), 1, answer.correct() ? 1 : 0,
                    answer.answeredAt());
        }

        /** This score after a later answer, shown with the name the player answered it with. */
        Score plus(ScoreTotals.ScoredAnswer answer) {
            return new Score(userId, answer.displayName(), points + answer.points(), answers + 1,
                    correct + (answer.correct() ? 1 : 0), answer.points() > 0 ? answer.answeredAt() : reachedAt);
        }
    }

    public static final Comparator<Score> ORDER = Comparator.comparingLong(Score::points).reversed()
            .thenComparing(Score::reachedAt).thenComparing(Score::userId);

    private Ranking() {
    }

    /** The players of {@code answers} (given in any order), best first. */
    public static List<Score> rank(List<ScoreTotals.ScoredAnswer> answers) {
        Map<String, Score> scores = new LinkedHashMap<>();
        answers.stream().sorted(Comparator.comparing(ScoreTotals.ScoredAnswer::answeredAt))
                .forEach(answer -> scores.merge(answer.userId(), Score.first(answer),
                        (before, next) -> before.plus(answer)));
        return scores.values().stream().sorted(ORDER).toList();
    }
}
