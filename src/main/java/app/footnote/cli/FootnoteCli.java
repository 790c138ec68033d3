package app.footnote.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import app.footnote.bank.Bank;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankStatistics;
import app.footnote.bank.BankValidator;

/** The {@code footnote} command line. Exit status 0 on success, 1 when the bank is invalid, 2 on a usage error. */
public final class FootnoteCli {

    static final String USAGE = "usage: bank validate [DIR]   (DIR defaults to questions)";

    private FootnoteCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3 || !args[0].equals("bank") || !args[1].equals("validate")) {
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args.length == 3 ? args[2] : "questions");
        Bank bank = new BankReader().read(dir);
        List<BankProblem> problems = new BankValidator().validate(bank);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + " problem(s) in " + dir);
            return 1;
        }
        out.println(dir + " is valid.");
        out.print(BankStatistics.of(bank).describe());
        return 0;
    }
}
