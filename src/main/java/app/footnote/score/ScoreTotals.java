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
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;

import app.footnote.db.UniqueViolation;

/**
 * Keeps each player's running totals: for their server and globally, each for all time, the week and the month. An
 * answer changes all six rows with one relative update ({@code points = points + ?}), so concurrent answers of the
 * same player add up instead of overwriting each other.
 */
@ApplicationScoped
public class ScoreTotals {

    private static final int MAX_REMEMBERED = 1_000_000;
    private static final String INSERT_ALL_MISSING = """
            insert into score_total (scope, period, user_id, display_name, points, answers, correct, current_streak,
                best_streak, reached_at)
            select wanted.scope, wanted.period, ?, ?, 0, 0, 0, 0, 0, ?
            from (values (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)) as wanted (scope, period) -- 2 scopes x 3 periods
            where not exists (select 1 from score_total t where t.user_id = ? and t.scope = wanted.scope
                and t.period = wanted.period)
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

    private final AgroalDataSource dataSource;
    /** Rows known to exist, so that only a player's first answer of a week or month pays for creating them. */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();

    public ScoreTotals(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates the player's missing total rows, committed on their own: inside the answer's transaction, two first
     * answers of one player would collide. A unique violation here only means that a concurrent answer created some
     * rows first.
     */
    public void ensureRows(String guildId, String userId, String displayName, List<String> periods, Instant at) {
        String key = guildId + '\n' + userId + '\n' + periods;
        if (existing.contains(key)) {
            return;
        }
        List<String> scopes = List.of(guildId, Period.GLOBAL_SCOPE);
        for (int attempt = 1;; attempt++) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(INSERT_ALL_MISSING)) {
                connection.setAutoCommit(true);
                insert.setString(1, userId);
                insert.setString(2, displayName);
                insert.setTimestamp(3, Timestamp.from(at));
                int parameter = 4;
                for (String scope : scopes) {
                    for (String period : periods) {
                        insert.setString(parameter++, scope);
                        insert.setString(parameter++, period);
                    }
                }
                insert.setString(parameter, userId);
                insert.executeUpdate();
                break;
            } catch (SQLException e) {
                // A concurrent answer of the same player created some rows; the next attempt creates the rest.
                if (!UniqueViolation.isCause(e) || attempt == 3) {
                    throw new PersistenceException(e);
                }
            }
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
}
