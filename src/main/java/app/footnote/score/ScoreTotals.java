package app.footnote.score;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Keeps each player's running totals: for their server and globally, each for all time, the week and the month. A
 * round's answers count when it is revealed, in the transaction that closes it: until then no total, rank or
 * streak tells anyone whether an answer was right, and a crash either keeps both the reveal and the points or
 * neither. Each answer changes its six rows with one relative update ({@code points = points + ?}), so rounds
 * revealed concurrently add up instead of overwriting each other.
 */
@ApplicationScoped
public class ScoreTotals {

    /*
     * Native SQL, both: HQL has no table of values to select from, so it would need a query and up to six inserts
     * per answer where INSERT_ALL_MISSING is one statement; and ADD as HQL made revealing a round of 200 answers
     * measurably slower in the benchmark (the reveal is the hot path of the totals).
     */
    private static final String INSERT_ALL_MISSING = """
            insert into score_total (scope, period, user_id, display_name, points, answers, correct, current_streak,
                best_streak, reached_at)
            select wanted.scope, wanted.period, :user, :name, 0, 0, 0, 0, 0, cast(:at as timestamp with time zone)
            from (values (:server, :all), (:server, :week), (:server, :month), ('*', :all), ('*', :week),
                ('*', :month)) as wanted (scope, period)
            where not exists (select 1 from score_total t where t.user_id = :user and t.scope = wanted.scope
                and t.period = wanted.period)
            """;
    /** Each row as {@link Ranking.Score#plus} adds an answer, {@code reached_at} included. */
    private static final String ADD = """
            update score_total set
                display_name = :name,
                points = points + :points,
                answers = answers + 1,
                correct = correct + :correct,
                current_streak = case when :correct = 1 then current_streak + 1 else 0 end,
                best_streak = case when :correct = 1 and current_streak + 1 > best_streak then current_streak + 1
                    else best_streak end,
                reached_at = case when :points > 0 then :at else reached_at end
            where user_id = :user and scope in (:server, '*') and period in (:all, :week, :month)
            """;
    private static final int ROWS_PER_ANSWER = 6;

    /** One revealed answer, counted at the time it was given. */
    public record ScoredAnswer(String userId, String displayName, int points, boolean correct, Instant answeredAt) {
    }

    private final EntityManager em;
    private final ScoreConfig config;

    public ScoreTotals(EntityManager em, ScoreConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Adds a revealed round's answers to their players' totals; call within the transaction that reveals it. A
     * player's first answer of a period creates their rows: when another process creates the same rows at the same
     * moment, this fails with a unique violation and the whole reveal is tried again.
     */
    public void add(String guildId, List<ScoredAnswer> answers) {
        for (ScoredAnswer answer : answers) {
            List<String> periods = Period.keys(answer.answeredAt(), config.zone());
            bind(em.createNativeQuery(INSERT_ALL_MISSING), guildId, answer.userId(), periods)
                    .setParameter("name", answer.displayName()).setParameter("at", answer.answeredAt())
                    .executeUpdate();
            int rows = bind(em.createNativeQuery(ADD), guildId, answer.userId(), periods)
                    .setParameter("name", answer.displayName()).setParameter("points", answer.points())
                    .setParameter("correct", answer.correct() ? 1 : 0).setParameter("at", answer.answeredAt())
                    .executeUpdate();
            if (rows != ROWS_PER_ANSWER) {
                throw new IllegalStateException("expected " + ROWS_PER_ANSWER + " score rows for " + answer.userId()
                        + " in " + guildId + ", found " + rows);
            }
        }
    }

    private static Query bind(Query query, String guildId, String userId, List<String> periods) {
        return query.setParameter("user", userId).setParameter("server", guildId).setParameter("all", periods.get(0))
                .setParameter("week", periods.get(1)).setParameter("month", periods.get(2));
    }
}
