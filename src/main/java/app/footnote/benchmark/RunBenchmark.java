package app.footnote.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;

import app.footnote.game.GroupCommitAnswerWriter;
import app.footnote.game.Origin;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundLength;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.game.ThisProcess;
import app.footnote.score.Leaderboards;
import app.footnote.score.Period;
import app.footnote.score.ScoreConfig;
import io.agroal.api.AgroalDataSource;

/**
 * {@code benchmark [--players P] [--rounds R] [--paced-rate A] [--board-players N] [--board-answers M]}: P players
 * answer R rounds concurrently through {@link RecordAnswer}, durably, first as fast as they can, then offering A
 * answers a second together; each phase ends with the reveal that adds the points to the totals, which are then
 * checked. Raw JDBC then does what one answer does, one durable transaction per answer: the ceiling without group
 * commit. Last, the leaderboard and a player's rank are timed over N players and M answers.
 */
@ApplicationScoped
public class RunBenchmark {

    private static final String GUILD = "benchmark";
    private static final String BOARD_GUILD = "benchmark-board";
    private static final int QUERIES = 1_000;

    private final StartRound startRound;
    private final RecordAnswer recordAnswer;
    private final RevealRound revealRound;
    private final RoundLength roundLength;
    private final Leaderboards leaderboards;
    private final AgroalDataSource dataSource;
    private final ScoreConfig scoreConfig;
    private final Clock clock;
    private final ThisProcess thisProcess;

    public RunBenchmark(StartRound startRound, RecordAnswer recordAnswer, RevealRound revealRound,
            RoundLength roundLength, Leaderboards leaderboards, AgroalDataSource dataSource, ScoreConfig scoreConfig,
            Clock clock, ThisProcess thisProcess) {
        this.startRound = startRound;
        this.recordAnswer = recordAnswer;
        this.revealRound = revealRound;
        this.roundLength = roundLength;
        this.leaderboards = leaderboards;
        this.dataSource = dataSource;
        this.scoreConfig = scoreConfig;
        this.clock = clock;
        this.thisProcess = thisProcess;
    }

    /** What to measure: see {@link BenchmarkCommand} for each option's default. */
    public record Options(int players, int rounds, int pacedRate, int boardPlayers, int boardAnswers) {
    }

    public int run(Options options) throws Exception {
        int players = options.players();
        int rounds = options.rounds();
        int boardPlayers = options.boardPlayers();
        int boardAnswers = options.boardAnswers();
        if (!thisProcess.serves(Origin.LOCAL, GUILD)) {
            // Its rounds are local ones, and only a process that serves local play reveals them.
            System.err.println("The benchmark plays local rounds, and local play is off in this process: set"
                    + " FOOTNOTE_LOCAL_ENABLED=true (it is off by default when DISCORD_TOKEN is set).");
            return 2;
        }
        if (count("select count(*) from round") > 0) {
            System.err.println("The benchmark needs an empty database: point QUARKUS_DATASOURCE_JDBC_URL at a scratch"
                    + " file (see the README), never the bot's own.");
            return 2;
        }
        System.out.printf("Footnote benchmark on %s, %d cores, %d database connections; %s%n",
                dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration().jdbcUrl(),
                Runtime.getRuntime().availableProcessors(),
                dataSource.getConfiguration().connectionPoolConfiguration().maxSize(), durability());

        int pacedRate = options.pacedRate();
        answers("warm-up", Math.min(players, 50), 10, 0);
        AnswerFigures service = answers(GUILD, players, rounds, 0);
        AnswerFigures paced = answers(GUILD + "-paced", players, rounds, pacedRate);
        double rawRate = rawAnswers(players, rounds);
        System.out.printf("  raw JDBC doing what one answer does (lock the open round, insert if new), one durable"
                + " transaction per answer: %,.0f answers/s; service/raw = %.2f%n", rawRate, service.rate / rawRate);

        System.out.printf("Leaderboards over %,d players and %,d answers%n", boardPlayers, boardAnswers);
        populateBoard(boardPlayers, boardAnswers);
        Latencies top = new Latencies(QUERIES);
        Latencies rank = new Latencies(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            leaderboards.leaderboard(BOARD_GUILD, Period.ALL, null);
            top.add(System.nanoTime() - start);
            String player = "p" + ThreadLocalRandom.current().nextInt(boardPlayers);
            start = System.nanoTime();
            leaderboards.stats(BOARD_GUILD, player).orElseThrow();
            rank.add(System.nanoTime() - start);
        }
        System.out.printf("  top 10: %s; one player's rank: %s (%d queries each)%n", top.describe(),
                rank.describe(), QUERIES);

        boolean met = service.rate >= 3_000 && paced.latencies.percentileMillis(99) < 20
                && service.rate / rawRate >= 0.7 && service.wrongTotals == 0 && paced.wrongTotals == 0
                && top.percentileMillis(99) < 10
                && rank.percentileMillis(99) < 10;
        System.out.println("Targets, durable (≥ 3,000 answers/s, p99 < 20 ms at 2,000 answers/s, ≥ 0.7 of raw JDBC,"
                + " 0 lost or doubled, leaderboard and rank p99 < 10 ms): " + (met ? "met" : "NOT met"));
        return 0;
    }

    private record AnswerFigures(double rate, Latencies latencies, int wrongTotals) {
    }

    /**
     * With {@code pacedRate} 0, every player answers as fast as it can: the saturation throughput. Otherwise the
     * players together offer {@code pacedRate} answers a second, each on its own schedule, and a latency counts from
     * when the answer was due, so a stall also counts against the answers queued behind it.
     */
    private AnswerFigures answers(String guild, int players, int rounds, int pacedRate) throws Exception {
        roundLength.set(guild, 300);
        List<RoundView> open = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            open.add(
                    ((StartOutcome.Started) startRound.start(StartRequest.in(Origin.LOCAL, guild, "channel-" + r)))
                            .round());
        }
        long interval = pacedRate == 0 ? 0 : players * 1_000_000_000L / pacedRate;
        long begin = System.nanoTime() + 100_000_000L;
        List<Callable<Latencies>> tasks = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            String player = guild + "-player-" + p;
            long firstDue = begin + interval * p / players;
            tasks.add(() -> {
                Latencies mine = new Latencies(rounds);
                List<RoundView> order = new ArrayList<>(open);
                Collections.shuffle(order);
                long due = firstDue;
                for (RoundView round : order) {
                    String label = round.choices().get(ThreadLocalRandom.current().nextInt(round.choices().size()))
                            .label();
                    if (interval > 0) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    long start = interval > 0 ? due : System.nanoTime();
                    recordAnswer.answer(guild, round.id(), player, player, label);
                    mine.add(System.nanoTime() - start);
                    due += interval;
                }
                return mine;
            });
        }
        Latencies all = new Latencies(players * rounds);
        long start = System.nanoTime();
        runConcurrently(tasks).forEach(all::addAll);
        double rate = players * rounds / ((System.nanoTime() - start) / 1e9);
        double revealMillis = revealNow(guild, rounds);
        int wrongTotals = checkTotals(guild, players * rounds);
        if (guild.startsWith(GUILD) && pacedRate == 0) {
            System.out.printf("Answers: %d players answering %d open rounds concurrently (%,d answers)%n", players,
                    rounds, players * rounds);
            System.out.printf("  as fast as they can, through the service layer: %,.0f answers/s; recording one"
                    + " answer %s%n", rate, all.describe());
        } else if (pacedRate > 0) {
            System.out.printf("  offering %,d answers/s together: %,.0f answers/s; recording one answer %s%n",
                    pacedRate, rate, all.describe());
        }
        if (guild.startsWith(GUILD)) {
            System.out.printf("  revealing the %d rounds, which adds their points to the totals: %.1f ms a round"
                    + "; lost or doubled points: %d (every player's six totals checked against their answers)%n",
                    rounds, revealMillis, wrongTotals);
        }
        return new AnswerFigures(rate, all, wrongTotals);
    }

    /** Players whose totals (server and global, each period) differ from the sum of their recorded answers. */
    private int checkTotals(String guild, int expectedAnswers) throws SQLException {
        if (count("select count(*) from answer a join round r on r.id = a.round_id where r.guild_id = '" + guild
                + "'") != expectedAnswers) {
            return -1;
        }
        List<String> periods = Period.keys(clock.instant(), scoreConfig.zone());
        String sql = """
                select count(*) from (
                    select a.user_id, sum(a.points) as points, count(*) as answers from answer a
                    join round r on r.id = a.round_id where r.guild_id = ? group by a.user_id) expected
                join score_total t on t.user_id = expected.user_id and t.scope in (?, '*') and t.period in (?, ?, ?)
                where t.points <> expected.points or t.answers <> expected.answers
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, guild);
            statement.setString(2, guild);
            for (int i = 0; i < 3; i++) {
                statement.setString(3 + i, periods.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Closes the guild's rounds now and reveals them; returns the time per round in milliseconds. */
    private double revealNow(String guild, int rounds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement close = connection.prepareStatement("update round set closes_at = ?"
                        + " where guild_id = ? and revealed_at is null")) {
            close.setTimestamp(1, Timestamp.from(clock.instant()));
            close.setString(2, guild);
            close.executeUpdate();
        }
        // The bot's own reveal tick may take some of them: time until every one is revealed, by whichever.
        long start = System.nanoTime();
        String open = "select count(*) from round where revealed_at is null and guild_id = '" + guild + "'";
        while (count(open) > 0) {
            revealRound.revealDue();
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    /**
     * What recording one answer does in the database, straight through JDBC on open rounds of its own, one durable
     * transaction per answer, from nearly as many threads as the pool has connections: the rate this schema allows without
     * group commit.
     */
    private double rawAnswers(int players, int rounds) throws Exception {
        String guild = GUILD + "-raw";
        roundLength.set(guild, 300);
        List<Long> open = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            open.add(((StartOutcome.Started) startRound.start(StartRequest.in(Origin.LOCAL, guild, "channel-" + r)))
                    .round()
                    .id());
        }
        // A few connections stay free for the bot's own reveal tick.
        int threads = Math.min(players, dataSource.getConfiguration().connectionPoolConfiguration().maxSize() - 5);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            tasks.add(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement lock = connection.prepareStatement(GroupCommitAnswerWriter.LOCK_OPEN_ROUND);
                        PreparedStatement insert = connection.prepareStatement(GroupCommitAnswerWriter.INSERT_IF_NEW)) {
                    connection.setAutoCommit(false);
                    for (int p = first; p < players; p += threads) {
                        answerEachRound(connection, lock, insert, open, guild + "-player-" + p);
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        runConcurrently(tasks);
        double rate = players * rounds / ((System.nanoTime() - start) / 1e9);
        revealNow(guild, rounds);
        return rate;
    }

    private static void answerEachRound(Connection connection, PreparedStatement lock, PreparedStatement insert,
            List<Long> open, String player) throws SQLException {
        for (long round : open) {
            lock.setLong(1, round);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
            }
            insert.setLong(1, round);
            insert.setString(2, player);
            insert.setString(3, player);
            insert.setInt(4, (int) (round % 4));
            insert.setNull(5, Types.VARCHAR);
            insert.setBoolean(6, round % 4 == 0);
            insert.setInt(7, round % 4 == 0 ? 25 : 0);
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setLong(9, round);
            insert.setString(10, player);
            insert.executeUpdate();
            connection.commit();
        }
    }

    /** Whether commits are on disk when acknowledged, as the database itself says. */
    private String durability() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("select current_setting('fsync'),"
                                + " current_setting('synchronous_commit')")) {
                    row.next();
                    boolean durable = row.getString(1).equals("on") && !row.getString(2).equals("off");
                    return "PostgreSQL fsync " + row.getString(1) + ", synchronous_commit " + row.getString(2)
                            + (durable ? " (every commit on disk before it is acknowledged)" : " (NOT durable)");
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select setting_value from information_schema.settings"
                            + " where setting_name = 'WRITE_DELAY'")) {
                String delay = row.next() ? row.getString(1) : "unknown";
                return "H2 write delay " + delay + " ms" + ("0".equals(delay) ? " (every commit on disk before it is"
                        + " acknowledged)" : " (NOT durable)");
            }
        }
    }

    /** Fills the board's server with players and answers in JDBC batches: the data, not its insertion, is timed. */
    private void populateBoard(int players, int answers) throws SQLException {
        Instant now = clock.instant();
        List<String> periods = Period.keys(now, scoreConfig.zone());
        long questionId = count("select min(id) from question");
        int perRound = 100;
        int rounds = Math.max(1, answers / perRound);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // A round keeps what it asked (V8), copied from its question as StartRound does.
            try (PreparedStatement round = connection.prepareStatement("insert into round (id, origin, guild_id,"
                    + " channel_id, open_key, question_id, choice_order, started_at, closes_at, revealed_at,"
                    + " asked_prompt, asked_answer, asked_explanation) select ?, 'LOCAL', ?, ?, null, q.id, '0,1,2,3',"
                    + " ?, ?, ?, q.prompt, q.answer, q.explanation from question q where q.id = ?")) {
                for (int r = 0; r < rounds; r++) {
                    round.setLong(1, 1_000_000_000L + r);
                    round.setString(2, BOARD_GUILD);
                    round.setString(3, "channel-" + r % 50);
                    Timestamp at = Timestamp.from(now.minusSeconds(rounds - r));
                    round.setTimestamp(4, at);
                    round.setTimestamp(5, at);
                    round.setTimestamp(6, at);
                    round.setLong(7, questionId);
                    round.addBatch();
                    if (r % 1_000 == 999) {
                        round.executeBatch();
                    }
                }
                round.executeBatch();
            }
            try (PreparedStatement answer = connection.prepareStatement("insert into answer (id, round_id, user_id,"
                    + " display_name, choice_index, correct, points, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int a = 0; a < answers; a++) {
                    int player = (int) ((long) a * 7919 % players);
                    answer.setLong(1, 1_000_000_000L + a);
                    answer.setLong(2, 1_000_000_000L + a / perRound);
                    answer.setString(3, "p" + player);
                    answer.setString(4, "Player " + player);
                    answer.setInt(5, a % 4);
                    answer.setBoolean(6, a % 4 == 0);
                    answer.setInt(7, a % 4 == 0 ? 25 : 0);
                    answer.setTimestamp(8, Timestamp.from(now));
                    answer.addBatch();
                    if (a % 10_000 == 9_999) {
                        answer.executeBatch();
                        connection.commit();
                    }
                }
                answer.executeBatch();
            }
            try (PreparedStatement total = connection.prepareStatement("insert into score_total (scope, period,"
                    + " user_id, display_name, points, answers, correct, current_streak, best_streak, reached_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                int batched = 0;
                for (int p = 0; p < players; p++) {
                    int points = ThreadLocalRandom.current().nextInt(5_000);
                    Timestamp reached = Timestamp.from(now.minusSeconds(ThreadLocalRandom.current().nextInt(86_400)));
                    for (String scope : List.of(BOARD_GUILD, Period.GLOBAL_SCOPE)) {
                        for (String period : periods) {
                            total.setString(1, scope);
                            total.setString(2, period);
                            total.setString(3, "p" + p);
                            total.setString(4, "Player " + p);
                            total.setLong(5, points);
                            total.setInt(6, 10);
                            total.setInt(7, points / 25);
                            total.setInt(8, 3);
                            total.setTimestamp(9, reached);
                            total.addBatch();
                            if (++batched % 10_000 == 0) {
                                total.executeBatch();
                                connection.commit();
                            }
                        }
                    }
                }
                total.executeBatch();
            }
            connection.commit();
        }
        execute("analyze");
    }

    /** Runs every task on a thread of its own, all at once, and returns their results. */
    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
