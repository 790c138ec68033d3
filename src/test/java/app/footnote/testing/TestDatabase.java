package app.footnote.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database a test runs on: H2 by default; the PostgreSQL server named by {@code footnote.test.postgresql-url}
 * when the build runs the tests there as well (the {@code postgresql-tests} profile, which sets it from
 * {@code FOOTNOTE_TEST_POSTGRESQL_URL}). A test that needs a database of its own gets an H2 database on H2 and a
 * schema of its own on PostgreSQL, named alike.
 */
public final class TestDatabase {

    private static final String POSTGRESQL_URL = System.getProperty("footnote.test.postgresql-url", "");

    private TestDatabase() {
    }

    public static boolean isPostgresql() {
        return !POSTGRESQL_URL.isBlank();
    }

    /** Configuration overrides that give a test profile a database of its own, empty at each start on PostgreSQL. */
    public static Map<String, String> ofItsOwn(String name) {
        if (!isPostgresql()) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        return schemaOfItsOwn(name);
    }

    /** {@link #ofItsOwn(String)} and the test profile's own settings. */
    public static Map<String, String> ofItsOwn(String name, Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(ofItsOwn(name));
        config.putAll(settings);
        return config;
    }

    /** The packaged bot: the H2 build, or the one made for PostgreSQL (see the pom's postgresql-tests profile). */
    public static Path packagedBot() {
        return Path.of(isPostgresql() ? "target/postgresql/quarkus-app/quarkus-run.jar"
                : "target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    }

    /**
     * JVM options that point the packaged bot at a database of its own: a file in {@code folder} on H2, a schema on
     * PostgreSQL. {@code fresh} empties that schema first, as a new folder is empty; a restart keeps what is there.
     */
    public static List<String> packagedBotOptions(Path folder, String name, boolean fresh) {
        if (!isPostgresql()) {
            return List.of("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + folder.resolve(name));
        }
        Map<String, String> options = new HashMap<>(schemaOfItsOwn(name));
        options.put("quarkus.flyway.clean-at-start", String.valueOf(fresh));
        return options.entrySet().stream().map(option -> "-D" + option.getKey() + "=" + option.getValue()).toList();
    }

    private static Map<String, String> schemaOfItsOwn(String name) {
        String schema = name.replace('-', '_');
        String url = POSTGRESQL_URL + (POSTGRESQL_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.flyway.schemas", schema,
                "quarkus.flyway.clean-at-start", "true", "quarkus.flyway.clean-disabled", "false");
    }
}
