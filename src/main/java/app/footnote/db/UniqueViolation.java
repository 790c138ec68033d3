package app.footnote.db;

import java.util.Set;

/**
 * Recognises a unique-constraint violation in an exception chain. The game relies on such constraints (one answer per
 * player per round, one open round per channel); SQLState 23505 means the same on H2 and PostgreSQL.
 */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable error) {
        return ConcurrentWrite.hasSqlState(error, Set.of(SQL_STATE));
    }
}
