package app.footnote.bank;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The problems of a bad file as they are shown back: the first {@value #MAX_LISTED}, each shortened
 * ({@link BankProblem#shortened()}), and how many more there are. However large or repetitive the file, its report
 * stays small.
 *
 * @param listed the problems shown
 * @param total how many there are in all
 */
public record ProblemReport(List<BankProblem> listed, int total) {

    public static final int MAX_LISTED = 100;

    public static ProblemReport of(List<BankProblem> problems) {
        return new ProblemReport(problems.stream().limit(MAX_LISTED).map(BankProblem::shortened).toList(),
                problems.size());
    }

    /** How many problems are not listed. */
    public int unlisted() {
        return total - listed.size();
    }

    /** One problem per line, then "… and N more problem(s)" when some are not listed. */
    public String lines() {
        return listed.stream().map(BankProblem::toString).collect(Collectors.joining("\n"))
                + (unlisted() > 0 ? "\n… and " + unlisted() + " more problem(s)" : "");
    }
}
