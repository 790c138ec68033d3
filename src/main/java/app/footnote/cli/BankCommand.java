package app.footnote.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import app.footnote.bank.Bank;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankStatistics;
import app.footnote.bank.BankValidator;
import app.footnote.bank.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bank validate [DIR]}: every problem of a bank, or its counts when it has none. */
@Command(name = "bank", customSynopsis = "footnote bank validate [DIR]", description = "Check a question bank.", subcommands = BankCommand.Validate.class)
public class BankCommand {

    @Command(name = "validate", description = "List every problem of the bank in DIR (exit status 1), or count its"
            + " questions per article, category and difficulty.")
    static class Validate extends FileCommand {

        @Mixin
        BankDirectory directory;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            Path dir = directory.dir;
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
    }
}
