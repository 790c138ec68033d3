package app.footnote.score;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads the running totals: the top ten of a period, ranked by {@link Ranking} (ties going to whoever reached the
 * score first), and any player's rank. The top is an index range read on {@code score_total}; a rank adds a binary search in
 * {@link RankSnapshots}. Neither sums over answers.
 */
@ApplicationScoped
public class Leaderboards {

    public static final int TOP = 10;
    private static final String ROW = "select t.userId, t.displayName, t.points, t.answers, t.correct, t.currentStreak,"
            + " t.bestStreak, t.reachedAt from ScoreTotal t where t.scope = :scope and t.period = :period"
            + " and t.answers > 0";

    /** A player's totals as read, before they are ranked. */
    record Row(String userId, String displayName, long points, int answers, int correct, int currentStreak,
            int bestStreak, Instant reachedAt) {

        Standing standing(long rank) {
            return new Standing(rank, userId, displayName, points, answers, correct);
        }
    }

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
        for (Row row : em.createQuery(ROW + " order by " + Ranking.ORDER_BY, Row.class)
                .setParameter("scope", scope).setParameter("period", key).setMaxResults(TOP).getResultList()) {
            top.add(row.standing(top.size() + 1));
        }
        Standing asker = null;
        if (askingUserId != null && top.stream().noneMatch(s -> s.userId().equals(askingUserId))) {
            asker = row(scope, key, askingUserId).map(row -> row.standing(rank(scope, key, row))).orElse(null);
        }
        return new Leaderboard(scope, period, key, top, asker);
    }

    @Transactional
    public Optional<PlayerStats> stats(String guildId, String userId) {
        String key = Period.ALL.key(clock.instant(), config.zone());
        return row(guildId, key, userId).map(row -> new PlayerStats(row.userId(), row.displayName(), row.points(),
                row.answers(), row.correct(), row.answers() == 0 ? 0 : Math.round(100f * row.correct() / row.answers()),
                row.currentStreak(), row.bestStreak(), rank(guildId, key, row)));
    }

    private Optional<Row> row(String scope, String key, String userId) {
        return em.createQuery(ROW + " and t.userId = :user", Row.class).setParameter("scope", scope)
                .setParameter("period", key).setParameter("user", userId).getResultStream().findFirst();
    }

    /** 1 + the players with more points + those with as many points who reached them earlier. */
    private long rank(String scope, String key, Row row) {
        long tiedAhead = em.createQuery("select count(*) from ScoreTotal t where t.scope = :scope"
                + " and t.period = :period and t.answers > 0 and " + Ranking.TIED_AHEAD, Long.class)
                .setParameter("scope", scope).setParameter("period", key).setParameter("points", row.points())
                .setParameter("reached", row.reachedAt()).setParameter("user", row.userId()).getSingleResult();
        return 1 + rankSnapshots.playersAbove(scope, key, row.points()) + tiedAhead;
    }
}
