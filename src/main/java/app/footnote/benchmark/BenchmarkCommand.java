package app.footnote.benchmark;

import java.util.concurrent.Callable;

import app.footnote.FootnoteMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code benchmark}: runs in the bot itself, which it starts on the configured (scratch) database. */
@Command(name = "benchmark", description = {
        "Measure answers, reveals and leaderboards on an empty database, then exit.",
        "Point QUARKUS_DATASOURCE_JDBC_URL at a scratch file (see the README), never the bot's own."})
public class BenchmarkCommand implements Callable<Integer> {

    @ParentCommand
    FootnoteMain main;

    @Option(names = "--players", paramLabel = "P", defaultValue = "200", description = "players answering at once (default: ${DEFAULT-VALUE})")
    int players;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "50", description = "open rounds each player answers (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--paced-rate", paramLabel = "A", defaultValue = "2000", description = "answers a second the players offer together in the paced phase (default: ${DEFAULT-VALUE})")
    int pacedRate;

    @Option(names = "--board-players", paramLabel = "N", defaultValue = "100000", description = "players on the timed leaderboard (default: ${DEFAULT-VALUE})")
    int boardPlayers;

    @Option(names = "--board-answers", paramLabel = "M", defaultValue = "1000000", description = "answers behind the timed leaderboard (default: ${DEFAULT-VALUE})")
    int boardAnswers;

    @Override
    public Integer call() throws Exception {
        RunBenchmark.Options options = new RunBenchmark.Options(players, rounds, pacedRate, boardPlayers,
                boardAnswers);
        return main.benchmark(options);
    }
}
