package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.footnote.bank.Bank;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.BankWriter;
import app.footnote.bank.InvalidBankException;
import app.footnote.bank.TextMatch;

/**
 * Adds generated drafts to a bank without touching what is there: a draft whose id the bank has is left as the bank
 * has it (so hand edits stay), a draft whose fact a question already asks (the same answer, quoted from the same
 * sentence of the same article) is left out, and the rest are appended to the generated file as drafts. What is
 * left out is listed with the reason.
 */
public final class MergeIntoBank {

    /** The name of the file in the bank directory that merged drafts go to. */
    public static final String GENERATED_FILE = "generated.yaml";
    private static final String HEADER = """
            # Questions proposed by `generate merge` from questions/articles. A question marked 'draft: true' is checked
            # but not played: read it against its article, edit what reads badly, then delete its 'draft' line. Merging
            # again keeps every question here as it is, edited or not, and only appends new ones.
            """;

    /**
     * @param added the drafts appended
     * @param skipped one line per draft not added, with the reason
     * @param text the generated file's new content
     */
    public record Merged(List<BankQuestion> added, List<String> skipped, String text) {
    }

    /**
     * @param bank the bank as it is, the generated file included
     * @param existingText the generated file's current content, {@code null} when there is none yet
     * @throws InvalidBankException when the bank itself breaks a rule: nothing is merged into a broken bank
     */
    public Merged merge(Bank bank, List<BankQuestion> drafts, String existingText) {
        Map<String, BankQuestion> byId = bank.questions().stream().filter(q -> q.id() != null)
                .collect(Collectors.toMap(BankQuestion::id, q -> q, (a, b) -> a));
        List<BankQuestion> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (BankQuestion draft : drafts) {
            BankQuestion same = byId.get(draft.id());
            if (same != null) {
                skipped.add(draft.id() + ": kept as it is in " + same.file() + ":" + same.line());
                continue;
            }
            bank.questions().stream().filter(existing -> asksTheSame(existing, draft)).findFirst().ifPresentOrElse(
                    existing -> skipped.add(draft.id() + ": already asked by '" + existing.id() + "' ("
                            + existing.file() + ":" + existing.line() + ")"),
                    () -> added.add(draft));
        }
        check(bank, added, skipped);
        return new Merged(List.copyOf(added), skipped, added.isEmpty() ? existingText : text(existingText, added));
    }

    /** The same answer, and a source quoting the same sentence of the same article. */
    static boolean asksTheSame(BankQuestion existing, BankQuestion draft) {
        if (existing.answer() == null || existing.sources() == null
                || !(TextMatch.sameChoice(existing.answer(), draft.answer())
                        || TextMatch.containsAnswer(existing.answer(), draft.answer())
                                && TextMatch.containsAnswer(draft.answer(), existing.answer()))) {
            return false;
        }
        for (BankSource mine : existing.sources()) {
            for (BankSource theirs : draft.sources()) {
                if (mine.article() != null && mine.article().equals(theirs.article()) && mine.quote() != null
                        && (TextMatch.quoteFound(theirs.quote(), mine.quote())
                                || TextMatch.quoteFound(mine.quote(), theirs.quote()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Validates the bank with the drafts once: a problem of the bank's own is refused, and a draft the bank would not
     * accept (a prompt it has, say) is left out, so a merge never breaks the bank. A problem is the draft's when it
     * names no file: drafts come from no file, and a clash is reported on the later question, the draft.
     */
    private static void check(Bank bank, List<BankQuestion> added, List<String> skipped) {
        List<BankQuestion> all = new ArrayList<>(bank.questions());
        all.addAll(added);
        List<BankProblem> problems = new BankValidator().validate(new Bank(bank.articles(), all,
                bank.readProblems()));
        List<BankProblem> ofTheBank = problems.stream().filter(problem -> problem.file() != null).toList();
        if (!ofTheBank.isEmpty()) {
            throw new InvalidBankException("the bank", ofTheBank);
        }
        for (BankProblem problem : problems) {
            skipped.add(problem.questionId() + ": " + problem.field() + " " + problem.message());
            added.removeIf(q -> q.id().equals(problem.questionId()));
        }
    }

    private static String text(String existingText, List<BankQuestion> added) {
        String items = new BankWriter().write(added);
        if (existingText == null || !existingText.contains("\n  - ")) {
            return HEADER + items;
        }
        String list = items.substring(items.indexOf('\n') + 1);
        return existingText + (existingText.endsWith("\n") ? "" : "\n") + list;
    }
}
