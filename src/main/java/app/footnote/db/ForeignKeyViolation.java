package app.footnote.db;

import java.util.Set;

/**
 * Recognises a foreign-key violation in an exception chain: the row referred to is gone, removed by another
 * transaction. SQLState 23503 means the same on H2 and PostgreSQL.
 */
public final class ForeignKeyViolation {

    private static final String SQL_STATE = "23503";

    private ForeignKeyViolation() {
    }

    public static boolean isCause(Throwable error) {
        return ConcurrentWrite.hasSqlState(error, Set.of(SQL_STATE));
    }
}
