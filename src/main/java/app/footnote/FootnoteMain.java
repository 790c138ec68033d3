package app.footnote;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import app.footnote.benchmark.RunBenchmark;

/** Runs the bot until it is stopped; with the argument {@code benchmark}, runs the benchmark and exits. */
@QuarkusMain
public class FootnoteMain implements QuarkusApplication {

    private final RunBenchmark benchmark;

    public FootnoteMain(RunBenchmark benchmark) {
        this.benchmark = benchmark;
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
