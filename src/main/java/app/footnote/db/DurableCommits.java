package app.footnote.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Makes every commit reach the database file before the committer is answered, so that what the bot acknowledged
 * survives a crash of the process. H2 otherwise writes commits in the background up to half a second later (its
 * WRITE_DELAY); the setting is the database's own and persistent, so it also holds for whatever H2 URL is configured.
 * PostgreSQL is durable at commit as it stands. The cost of one write per commit is paid back by group commit, see
 * {@code GroupCommitAnswerWriter}.
 */
@ApplicationScoped
public class DurableCommits {

    private final AgroalDataSource dataSource;

    public DurableCommits(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Called first at start-up ({@code StartUp}): before anything else writes. */
    public void apply() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set write_delay 0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make commits durable: " + e.getMessage(), e);
        }
    }
}
