package app.footnote;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import app.footnote.benchmark.RunBenchmark;
import app.footnote.cli.FootnoteCli;

/**
 * Runs the bot until it is stopped; with the argument {@code benchmark}, runs the benchmark and exits. The command
 * line's {@code generate} and {@code bank} commands run without starting the bot: the packaged bot is the tool too,
 * and a second process on the same port and database would only get in the way of one that is running.
 */
@QuarkusMain
public class FootnoteMain implements QuarkusApplication {

    private final RunBenchmark benchmark;

    public FootnoteMain(RunBenchmark benchmark) {
        this.benchmark = benchmark;
    }

    public static void main(String... args) {
        if (FootnoteCli.handles(args)) {
            System.exit(FootnoteCli.run(args));
        }
        Quarkus.run(FootnoteMain.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("benchmark")) {
            return benchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        Quarkus.waitForExit();
        return 0;
    }
}
