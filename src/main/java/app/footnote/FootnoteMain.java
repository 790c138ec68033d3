package app.footnote;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import app.footnote.benchmark.BenchmarkCommand;
import app.footnote.benchmark.RunBenchmark;
import app.footnote.cli.BankCommand;
import app.footnote.cli.GenerateCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code footnote} command line, the packaged bot's {@code java -jar quarkus-run.jar}: with no command it runs the
 * bot until it is stopped. {@code bank} and {@code generate} work on the files alone and exit without starting the
 * bot: a second process on the same port and database would only get in the way of one that is running.
 * {@code benchmark} needs the bot's services, so it starts the bot, measures and exits. Exit status 0 on success, 1
 * when the input is invalid, 2 on a usage error.
 */
@QuarkusMain
@Command(name = "footnote", subcommands = {BankCommand.class, GenerateCommand.class,
        BenchmarkCommand.class}, description = {"A Discord trivia bot whose every answer carries a footnote.",
                "With no command: run the bot until it is stopped."})
public class FootnoteMain implements QuarkusApplication, Callable<Integer> {

    /** Empty until the bot runs: then the command line is parsed again, inside it, to do what needs its services. */
    private final Optional<RunBenchmark> benchmark;

    @Spec
    CommandSpec spec;

    private boolean startedTheBot;

    /** Inherited: every command and subcommand takes {@code --help}. */
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help"
            + " and exit.")
    boolean help;

    @Inject
    public FootnoteMain(RunBenchmark benchmark) {
        this.benchmark = Optional.of(benchmark);
    }

    /** The command line before the bot runs. */
    public FootnoteMain() {
        this.benchmark = Optional.empty();
    }

    public static void main(String... args) {
        FootnoteMain main = new FootnoteMain();
        CommandLine commandLine = commandLine(main);
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        // A bot that ran has ended the way Quarkus ends it (with System.exit, except under @QuarkusMainTest).
        if (!main.startedTheBot) {
            System.exit(status);
        }
    }

    /** The command line with its error handling: a failure is one line on the error stream, never a stack trace. */
    public static CommandLine commandLine(FootnoteMain main) {
        return new CommandLine(main).setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandName() + ": " + (e.getMessage() != null ? e.getMessage() : e));
            return CommandLine.ExitCode.SOFTWARE;
        });
    }

    /** Inside the running bot (Quarkus calls this with the program's arguments). */
    @Override
    public int run(String... args) {
        return commandLine(this).execute(args);
    }

    /** No command: the bot. */
    @Override
    public Integer call() {
        if (benchmark.isEmpty()) {
            return startTheBot();
        }
        Quarkus.waitForExit();
        return 0;
    }

    /** The benchmark runs in the bot, started for it. */
    public int benchmark(RunBenchmark.Options options) throws Exception {
        if (benchmark.isEmpty()) {
            return startTheBot();
        }
        return benchmark.get().run(options);
    }

    /** Starts the bot with the same arguments, which then exits with the status of the command run in it. */
    private int startTheBot() {
        startedTheBot = true;
        Quarkus.run(FootnoteMain.class, spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        return 0;
    }
}
