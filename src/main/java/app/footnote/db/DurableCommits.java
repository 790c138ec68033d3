package app.footnote.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes every commit reach the database file before the committer is answered, so that what the bot acknowledged
 * survives a crash of the process. H2 otherwise writes commits in the background up to half a second later (its
 * WRITE_DELAY); the setting is the database's own and persistent, so it also holds for whatever H2 URL is configured.
 * PostgreSQL is durable at commit as it stands. The cost of one write per commit is paid back by group commit, see
 * {@code AnswerWriter}.
 */
@ApplicationScoped
public class DurableCommits {

    /** Before anything else that writes at start-up. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

    private final AgroalDataSource dataSource;

    public DurableCommits(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set write_delay 0");
                }
            }
        }
    }
}
