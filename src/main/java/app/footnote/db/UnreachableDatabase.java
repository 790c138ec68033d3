package app.footnote.db;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.LoggingFilter;

/**
 * Turns Quarkus's "Failed to start application" with a page of stack trace, when the cause is a database that cannot
 * be opened (PostgreSQL down, a wrong password, an H2 file another process holds), into one line that names the URL,
 * the variable that sets it, and what the database said. Every other record passes as it is.
 */
@LoggingFilter(name = "unreachable-database")
public final class UnreachableDatabase implements Filter {

    static final String MESSAGE = "Could not open the database at %s (QUARKUS_DATASOURCE_JDBC_URL): %s";

    private final String url;

    public UnreachableDatabase(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getThrown() != null && "Failed to start application".equals(record.getMessage())) {
            sqlCause(record.getThrown()).ifPresent(cause -> {
                record.setMessage(String.format(MESSAGE, url, cause.getMessage()));
                record.setParameters(null);
                record.setThrown(null);
            });
        }
        return true;
    }

    private static Optional<SQLException> sqlCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
