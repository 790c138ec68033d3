package app.footnote.log;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.footnote.bank.InvalidBankException;
import io.quarkus.logging.LoggingFilter;

/**
 * Turns Quarkus's "Failed to start application" and its page of stack trace, when the cause is the owner's to fix,
 * into what to fix: a database that cannot be opened (PostgreSQL down, a wrong password, an H2 file another process
 * holds) into one line naming the URL, its variable and what the database said; an invalid bank into its report.
 * Every other record passes as it is.
 */
@LoggingFilter(name = "start-failures")
public final class StartFailures implements Filter {

    static final String UNREACHABLE_DATABASE = "Could not open the database at %s (QUARKUS_DATASOURCE_JDBC_URL): %s";

    private final String url;

    public StartFailures(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getThrown() != null && "Failed to start application".equals(record.getMessage())) {
            Optional<String> message = cause(record.getThrown(), InvalidBankException.class::isInstance)
                    .map(Throwable::getMessage)
                    .or(() -> cause(record.getThrown(), SQLException.class::isInstance)
                            .map(cause -> String.format(UNREACHABLE_DATABASE, url, cause.getMessage())));
            message.ifPresent(text -> {
                record.setMessage(text);
                record.setParameters(null);
                record.setThrown(null);
            });
        }
        return true;
    }

    private static Optional<Throwable> cause(Throwable thrown, Predicate<Throwable> wanted) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (wanted.test(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
