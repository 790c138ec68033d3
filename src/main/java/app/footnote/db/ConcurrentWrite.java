package app.footnote.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a write that lost a race with another transaction on the same rows: a unique constraint the other one
 * took first, a lock it held past the lock timeout, or a row it changed meanwhile. The database kept the data right
 * and this transaction changed nothing, so the caller is told of a conflict, not of a failure.
 */
public final class ConcurrentWrite {

    /**
     * 23505 unique violation (H2, PostgreSQL); HYT00 lock timeout and 90131 concurrent update (H2); 40001
     * serialization failure, 40P01 deadlock and 55P03 lock not available (PostgreSQL).
     */
    private static final Set<String> SQL_STATES = Set.of("23505", "HYT00", "90131", "40001", "40P01", "55P03");

    private ConcurrentWrite() {
    }

    public static boolean isCause(Throwable error) {
        return hasSqlState(error, SQL_STATES);
    }

    /** Whether an SQL exception in the chain carries one of these SQL states. */
    static boolean hasSqlState(Throwable error, Set<String> states) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
