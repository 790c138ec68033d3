package app.footnote.db;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation in an exception chain. The game relies on such constraints (one answer per
 * player per round, one open round per channel); SQLState 23505 means the same on H2 and PostgreSQL.
 */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
