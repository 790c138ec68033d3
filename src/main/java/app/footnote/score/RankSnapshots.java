package app.footnote.score;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Everyone's points per server and period, sorted, so a rank is a binary search instead of counting every player
 * ahead (about 15 ms per 50,000 players on H2). A snapshot is reused for {@code footnote.scores.rank-refresh}: a rank
 * may miss players who overtook in the last few seconds; the player's own points are always current.
 */
@ApplicationScoped
public class RankSnapshots {

    private static final int MAX_SNAPSHOTS = 1_000;

    private record Snapshot(long[] ascendingPoints, long takenAtNanos) {
    }

    private final EntityManager em;
    private final long refreshNanos;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    public RankSnapshots(EntityManager em, ScoreConfig config) {
        this.em = em;
        this.refreshNanos = config.rankRefresh().toNanos();
    }

    /** How many players of the scope and period have more than {@code points}; call within a transaction. */
    long playersAbove(String scope, String periodKey, long points) {
        String key = scope + '\n' + periodKey;
        Snapshot snapshot = snapshots.get(key);
        if (snapshot == null || System.nanoTime() - snapshot.takenAtNanos() >= refreshNanos) {
            snapshot = take(scope, periodKey);
            if (snapshots.size() >= MAX_SNAPSHOTS) {
                snapshots.clear();
            }
            snapshots.put(key, snapshot);
        }
        long[] sorted = snapshot.ascendingPoints();
        int index = Arrays.binarySearch(sorted, points + 1);
        int firstAbove = index >= 0 ? firstOf(sorted, index) : -index - 1;
        return sorted.length - firstAbove;
    }

    private Snapshot take(String scope, String periodKey) {
        List<Long> points = em.createNativeQuery("select points from score_total where scope = :scope"
                + " and period = :period and answers > 0 order by points", Long.class)
                .setParameter("scope", scope).setParameter("period", periodKey).getResultList();
        return new Snapshot(points.stream().mapToLong(Long::longValue).toArray(), System.nanoTime());
    }

    private static int firstOf(long[] sorted, int index) {
        while (index > 0 && sorted[index - 1] == sorted[index]) {
            index--;
        }
        return index;
    }

}
