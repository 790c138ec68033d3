package app.footnote.score;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.footnote.db.UniqueViolation;

/**
 * Keeps each player's running totals: for their server and globally, each for all time, the week and the month. An
 * answer changes all six rows with one relative update ({@code points = points + ?}), so concurrent answers of the
 * same player add up instead of overwriting each other.
 */
@ApplicationScoped
public class ScoreTotals {

    private static final int MAX_REMEMBERED = 1_000_000;
    private static final String INSERT_MISSING = """
            insert into score_total (scope, period, user_id, display_name, points, answers, correct, current_streak,
                best_streak, reached_at)
            select :scope, :period, :user, :name, 0, 0, 0, 0, 0, :at from (values (1)) as one (x)
            where not exists (select 1 from score_total where scope = :scope and period = :period and user_id = :user)
            """;
    private static final String ADD = """
            update score_total set
                display_name = ?,
                points = points + ?,
                answers = answers + 1,
                correct = correct + ?,
                current_streak = case when ? = 1 then current_streak + 1 else 0 end,
                best_streak = case when ? = 1 and current_streak + 1 > best_streak then current_streak + 1
                    else best_streak end,
                reached_at = case when ? > 0 then ? else reached_at end
            where user_id = ? and scope in (?, '*') and period in (?, ?, ?)
            """;

    private final EntityManager em;
    /** Rows known to exist, so that only a player's first answer of a week or month pays for creating them. */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();

    public ScoreTotals(EntityManager em) {
        this.em = em;
    }

    /**
     * Creates the player's missing total rows, in a transaction of its own: creating them inside the answer's
     * transaction would make two first answers of one player collide.
     */
    public void ensureRows(String guildId, String userId, String displayName, List<String> periods, Instant at) {
        String key = guildId + '\n' + userId + '\n' + periods;
        if (existing.contains(key)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> insertMissing(guildId, userId, displayName, periods, at));
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            // A concurrent answer of the same player created some of them; now create the rest.
            QuarkusTransaction.requiringNew().run(() -> insertMissing(guildId, userId, displayName, periods, at));
        }
        if (existing.size() >= MAX_REMEMBERED) {
            existing.clear();
        }
        existing.add(key);
    }

    /** Adds one answer to the six totals, on the connection of the caller's transaction. */
    public void add(Connection connection, String guildId, String userId, String displayName, List<String> periods,
            int points, boolean correct, Instant at) throws SQLException {
        int rows;
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setString(1, displayName);
            add.setInt(2, points);
            add.setInt(3, correct ? 1 : 0);
            add.setInt(4, correct ? 1 : 0);
            add.setInt(5, correct ? 1 : 0);
            add.setInt(6, points);
            add.setTimestamp(7, Timestamp.from(at));
            add.setString(8, userId);
            add.setString(9, guildId);
            for (int i = 0; i < periods.size(); i++) {
                add.setString(10 + i, periods.get(i));
            }
            rows = add.executeUpdate();
        }
        if (rows != 2 * periods.size()) {
            throw new IllegalStateException("expected " + 2 * periods.size() + " score rows for " + userId + " in "
                    + guildId + ", found " + rows);
        }
    }

    private void insertMissing(String guildId, String userId, String displayName, List<String> periods, Instant at) {
        for (String scope : List.of(guildId, Period.GLOBAL_SCOPE)) {
            for (String period : periods) {
                em.createNativeQuery(INSERT_MISSING).setParameter("scope", scope).setParameter("period", period)
                        .setParameter("user", userId).setParameter("name", displayName).setParameter("at", at)
                        .executeUpdate();
            }
        }
    }
}
