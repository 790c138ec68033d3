package app.footnote.score;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads the running totals: the top ten of a period, ties going to whoever reached the score first, and any player's
 * rank. The top is an index range read on {@code score_total}; a rank adds a binary search in
 * {@link RankSnapshots}. Neither sums over answers.
 */
@ApplicationScoped
public class Leaderboards {

    public static final int TOP = 10;
    private static final String COLUMNS = "user_id, display_name, points, answers, correct, current_streak,"
            + " best_streak, reached_at";
    private static final String ORDER = " order by points desc, reached_at, user_id";

    private final EntityManager em;
    private final Clock clock;
    private final ScoreConfig config;
    private final RankSnapshots rankSnapshots;

    public Leaderboards(EntityManager em, Clock clock, ScoreConfig config, RankSnapshots rankSnapshots) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.rankSnapshots = rankSnapshots;
    }

    /** @param askingUserId whose own line to add when outside the top ten; may be {@code null} */
    @Transactional
    public Leaderboard leaderboard(String scope, Period period, String askingUserId) {
        String key = period.key(clock.instant(), config.zone());
        List<Standing> top = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from score_total where scope = :scope"
                + " and period = :period and answers > 0" + ORDER).setParameter("scope", scope)
                .setParameter("period", key).setMaxResults(TOP).getResultList();
        for (Object[] row : rows) {
            top.add(standing(top.size() + 1, row));
        }
        Standing asker = null;
        if (askingUserId != null && top.stream().noneMatch(s -> s.userId().equals(askingUserId))) {
            asker = row(scope, key, askingUserId).map(row -> standing(rank(scope, key, row), row)).orElse(null);
        }
        return new Leaderboard(scope, period, key, top, asker);
    }

    @Transactional
    public Optional<PlayerStats> stats(String guildId, String userId) {
        String key = Period.ALL.key(clock.instant(), config.zone());
        return row(guildId, key, userId).map(row -> {
            int answers = ((Number) row[3]).intValue();
            int correct = ((Number) row[4]).intValue();
            return new PlayerStats((String) row[0], (String) row[1], ((Number) row[2]).longValue(), answers, correct,
                    answers == 0 ? 0 : Math.round(100f * correct / answers), ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue(), rank(guildId, key, row));
        });
    }

    private Optional<Object[]> row(String scope, String key, String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from score_total where scope = :scope"
                + " and period = :period and user_id = :user and answers > 0").setParameter("scope", scope)
                .setParameter("period", key).setParameter("user", userId).getResultList();
        return rows.stream().findFirst();
    }

    /** 1 + the players with more points + those with as many points who reached them earlier. */
    private long rank(String scope, String key, Object[] row) {
        long points = ((Number) row[2]).longValue();
        Number tiedAhead = (Number) em.createNativeQuery("select count(*) from score_total where scope = :scope"
                + " and period = :period and points = :points and answers > 0"
                + " and (reached_at < :reached or (reached_at = :reached and user_id < :user))")
                .setParameter("scope", scope).setParameter("period", key).setParameter("points", points)
                .setParameter("reached", row[7]).setParameter("user", row[0]).getSingleResult();
        return 1 + rankSnapshots.playersAbove(scope, key, points) + tiedAhead.longValue();
    }

    private static Standing standing(long rank, Object[] row) {
        return new Standing(rank, (String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue());
    }

}
