package app.footnote.bank;

import java.util.List;

/** A bank that breaks the contract; its message is the report, one problem per line (see {@link ProblemReport}). */
public class InvalidBankException extends RuntimeException {

    private final transient ProblemReport report;

    public InvalidBankException(String what, List<BankProblem> problems) {
        this(what, ProblemReport.of(problems));
    }

    private InvalidBankException(String what, ProblemReport report) {
        super(report.total() + " problem(s) in " + what + ", nothing was imported:\n" + report.lines());
        this.report = report;
    }

    /** The problems as shown: at most {@value ProblemReport#MAX_LISTED}, each shortened, and how many in all. */
    public ProblemReport report() {
        return report;
    }
}
