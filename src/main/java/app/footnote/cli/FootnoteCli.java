package app.footnote.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import app.footnote.bank.Bank;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankStatistics;
import app.footnote.bank.BankValidator;
import app.footnote.bank.ProblemReport;

/** The {@code footnote} command line. Exit status 0 on success, 1 when the input is invalid, 2 on a usage error. */
public final class FootnoteCli {

    static final String USAGE = String.join("\n", "usage:",
            "  bank validate [DIR]   check a bank (DIR defaults to questions)",
            "  " + GenerateCommand.USAGE);

    private FootnoteCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Whether the arguments are a command of this command line rather than the bot's own. */
    public static boolean handles(String... args) {
        return args.length > 0 && (args[0].equals("generate") || args[0].equals("bank"));
    }

    public static int run(String... args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        if (!words.isEmpty() && words.get(0).equals("generate")) {
            return GenerateCommand.run(words.subList(1, words.size()), out, err);
        }
        if (args.length < 2 || args.length > 3 || !args[0].equals("bank") || !args[1].equals("validate")) {
            return usage(err);
        }
        Path dir = Path.of(args.length == 3 ? args[2] : "questions");
        Bank bank = new BankReader().read(dir);
        List<BankProblem> problems = new BankValidator().validate(bank);
        if (!problems.isEmpty()) {
            err.println(ProblemReport.of(problems).lines());
            err.println(problems.size() + " problem(s) in " + dir);
            return 1;
        }
        out.println(dir + " is valid.");
        out.print(BankStatistics.of(bank).describe());
        return 0;
    }

    static int usage(PrintStream err) {
        err.println(USAGE);
        return 2;
    }

    /** Writes the file whole or not at all: a failed write leaves what was there. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, ".footnote-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
