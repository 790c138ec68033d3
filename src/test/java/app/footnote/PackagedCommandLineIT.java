package app.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged bot's command line, as a person types it after {@code java -jar target/quarkus-app/quarkus-run.jar}:
 * help on every command, a bank checked without starting the bot, a mistyped option refused with exit status 2, and
 * settings the bot cannot start with refused with exit status 1 and one line.
 */
class PackagedCommandLineIT {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run footnote(String... args) throws IOException, InterruptedException {
        return footnote(Map.of(), args);
    }

    /** @param env added to the environment, as an owner sets the bot's variables */
    private Run footnote(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", args) + " did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndEachCommandHasItsOwn() throws Exception {
        Run help = footnote("--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().contains("With no command: run the bot until it is stopped."), help.out());
        for (String command : List.of("bank", "generate", "benchmark")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }

        Run validate = footnote("bank", "validate", "--help");
        assertEquals(0, validate.status(), validate.err());
        assertTrue(validate.out().contains("Usage: footnote bank validate [-h] [DIR]"), validate.out());
        Run generate = footnote("generate", "--help");
        assertEquals(0, generate.status(), generate.err());
        assertTrue(generate.out().contains("--out=FILE"), generate.out());
        Run benchmark = footnote("benchmark", "--help");
        assertEquals(0, benchmark.status(), benchmark.err());
        assertTrue(benchmark.out().contains("--players=P"), benchmark.out());
        assertTrue(benchmark.out().contains("(default: 200)"), benchmark.out());
    }

    @Test
    void bankValidateChecksTheShippedBankAndListsTheProblemsOfABadOne() throws Exception {
        Run shipped = footnote("bank", "validate");
        assertEquals(0, shipped.status(), shipped.err());
        assertTrue(shipped.out().startsWith("questions is valid."), shipped.out());
        // Checked on the files alone: the bot, its database and its port were never started.
        assertFalse(shipped.out().contains("Listening on"), shipped.out());

        Run invalid = footnote("bank", "validate", "src/test/resources/bank-fixtures/invalid-bank");
        assertEquals(1, invalid.status(), invalid.out());
        assertTrue(invalid.err().contains("invalid-bank/regatta.yaml:4 question 'regatta-first-winner' field"
                + " 'difficulty'"), invalid.err());
        assertTrue(invalid.err().contains("2 problem(s)"), invalid.err());
    }

    @Test
    void anUnknownOptionIsExitStatus2NamingItWithTheUsage() throws Exception {
        Run validate = footnote("bank", "validate", "--strict");
        assertEquals(2, validate.status(), validate.out());
        assertTrue(validate.err().contains("Unknown option: '--strict'"), validate.err());
        assertTrue(validate.err().contains("Usage: footnote bank validate"), validate.err());

        Run bot = footnote("--port", "8081");
        assertEquals(2, bot.status(), bot.out());
        assertTrue(bot.err().contains("Unknown options: '--port', '8081'"), bot.err());
        assertTrue(bot.err().contains("Usage: footnote [-h] [COMMAND]"), bot.err());

        // A bad value is refused before the benchmark starts the bot on a database.
        Run benchmark = footnote("benchmark", "--players", "many");
        assertEquals(2, benchmark.status(), benchmark.out());
        assertTrue(benchmark.err().contains("'many' is not an int"), benchmark.err());
        assertFalse(benchmark.out().contains("Footnote benchmark on"), benchmark.out());
    }

    @Test
    void theBenchmarkRunsWholeOnAScratchDatabaseOfTheCurrentSchema() throws Exception {
        // Small, so that it checks the command works on today's tables (its board is written with plain SQL), not
        // how fast it is.
        Run benchmark = footnote(bot(Map.of()), "benchmark", "--players", "10", "--rounds", "3", "--board-players",
                "500", "--board-answers", "5000");

        assertEquals(0, benchmark.status(), benchmark.out() + benchmark.err());
        assertTrue(benchmark.out().contains("lost or doubled points: 0"), benchmark.out());
        assertTrue(benchmark.out().contains("Leaderboards over 500 players and 5,000 answers"), benchmark.out());
        assertTrue(benchmark.out().contains("top 10: p50"), benchmark.out());
    }

    /** The bot on a database of this test's own and a free port, with the owner's settings. */
    private Map<String, String> bot(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:"
                + dir.resolve("footnote"), "QUARKUS_HTTP_PORT", "0"));
        env.putAll(settings);
        return env;
    }

    private static void assertOneLine(Run run, String expected) {
        String output = run.out() + run.err();
        assertEquals(1, run.status(), output);
        assertTrue(output.contains(expected), output);
        assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    }

    @Test
    void aDatabaseThatCannotBeReachedStopsTheBotWithOneLineNamingTheUrl() throws Exception {
        String url = "jdbc:h2:tcp://127.0.0.1:1/footnote";
        Run run = footnote(bot(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url)));

        assertOneLine(run, "Could not open the database at " + url + " (QUARKUS_DATASOURCE_JDBC_URL): ");
    }

    /** The start-up failure is told as the report alone: the page of stack trace Quarkus would print is left out. */
    @Test
    void anInvalidBankAtStartStopsTheBotWithItsReportOnly() throws Exception {
        Run run = footnote(bot(Map.of("FOOTNOTE_BANK_DIR", "src/test/resources/bank-fixtures/invalid-bank")));

        assertOneLine(run, "2 problem(s) in src/test/resources/bank-fixtures/invalid-bank, nothing was imported:\n"
                + "src/test/resources/bank-fixtures/invalid-bank/regatta.yaml:4 question 'regatta-first-winner' field"
                + " 'difficulty'");
    }

    @Test
    void shardsThatCannotBeRunStopTheBotWithOneLineNamingTheVariable() throws Exception {
        assertOneLine(footnote(bot(Map.of("FOOTNOTE_DISCORD_SHARD_COUNT", "4", "FOOTNOTE_DISCORD_SHARDS",
                "0-2,2-3"))), "FOOTNOTE_DISCORD_SHARDS='0-2,2-3': shard 2 is listed twice");
        assertOneLine(footnote(bot(Map.of("FOOTNOTE_DISCORD_SHARD_COUNT", "2", "FOOTNOTE_DISCORD_SHARDS", "2"))),
                "FOOTNOTE_DISCORD_SHARDS='2': shard 2 is outside the bot's 2 shards, 0 to 1");
        assertOneLine(footnote(bot(Map.of("FOOTNOTE_DISCORD_SHARD_COUNT", "0"))),
                "FOOTNOTE_DISCORD_SHARD_COUNT=0: a bot has at least one shard");
    }

    /**
     * Without a Discord token local play is on, and its unauthenticated API is offered on loopback only, unless the
     * owner says otherwise; the start log says where the page, the health checks and the API are.
     */
    @Test
    void aBotWithLocalPlayListensOnLoopbackAndSaysWhereToGo() throws Exception {
        int port = freePort();
        String log = startAndStop(Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)));
        String base = "http://127.0.0.1:" + port;
        assertTrue(log.contains("Listening on: " + base), log);
        assertTrue(log.contains("Footnote is ready: play at " + base + "/ · health " + base + "/q/health · API "
                + base + "/api/bank"), log);

        String off = startAndStop(Map.of("QUARKUS_HTTP_PORT", String.valueOf(port), "FOOTNOTE_LOCAL_ENABLED", "false"));
        assertTrue(off.contains("Listening on: http://0.0.0.0:" + port), off);
        assertTrue(off.contains("Footnote is ready: health http://localhost:" + port + "/q/health"), off);
        String exposed = startAndStop(
                Map.of("QUARKUS_HTTP_PORT", String.valueOf(port), "QUARKUS_HTTP_HOST", "0.0.0.0"));
        assertTrue(exposed.contains("Listening on: http://0.0.0.0:" + port), exposed);
    }

    /** Starts the bot, waits for its ready line, stops it as Ctrl+C would, and returns what it logged. */
    private String startAndStop(Map<String, String> settings) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = dir.resolve("bot.txt");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().putAll(bot(settings));
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(out, StandardCharsets.UTF_8).contains("Listening on") && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            process.destroy();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the bot stops on SIGTERM");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
