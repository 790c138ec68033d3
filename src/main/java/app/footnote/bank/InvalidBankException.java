package app.footnote.bank;

import java.util.List;
import java.util.stream.Collectors;

/** A bank that breaks the contract; its message is the full report, one problem per line. */
public class InvalidBankException extends RuntimeException {

    private final transient List<BankProblem> problems;

    public InvalidBankException(String what, List<BankProblem> problems) {
        super(problems.size() + " problem(s) in " + what + ", nothing was imported:\n"
                + problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
