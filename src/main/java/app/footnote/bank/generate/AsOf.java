package app.footnote.bank.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;

/**
 * Time-bound facts stay honest: a question from a dated article about what keeps changing — a box office total, a
 * ranking, a score or standing so far — says when it was true, "(as of October 2016)", so that it is not wrong a year
 * later. What a story reports once and for all (a price agreed, a launch, who said what) is left as it is.
 */
public final class AsOf {

    /** Words of a prompt or its quote that name a running total, a rank or a standing. */
    private static final Pattern CHANGES = Pattern.compile("(?i)\\b(box office|gross(ed|es|ing)?|ticket sales"
            + "|rank(ed|s|ing|ings)?|world no\\.|no\\. ?1\\b|number one|top seed|seeded|standings|top of the table"
            + "|leads? the (league|table|standings|series|race)|so far|to date|all-time|career (total|high)"
            + "|points? (total|lead)|record (for|of)|streaming chart|best-selling|highest-paid|richest)\\b");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private AsOf() {
    }

    /** Whether the question asks about a fact that keeps changing, by its prompt and the sentences it cites. */
    public static boolean changes(BankQuestion question) {
        if (question.prompt() != null && CHANGES.matcher(question.prompt()).find()) {
            return true;
        }
        List<BankSource> sources = question.sources() == null ? List.of() : question.sources();
        return sources.stream().anyMatch(source -> source.quote() != null && CHANGES.matcher(source.quote()).find());
    }

    /**
     * The question, its prompt saying when its fact was true when it changes and the article is dated; else as it is
     * (also when the date would give the answer away, or the prompt would grow too long).
     */
    public static BankQuestion dated(BankQuestion question, LocalDate published) {
        if (published == null || question.prompt() == null || !changes(question)) {
            return question;
        }
        String when = published.format(MONTH_YEAR);
        String prompt = question.prompt().strip();
        String dated = prompt.endsWith("?") ? prompt.substring(0, prompt.length() - 1) + " (as of " + when + ")?"
                : prompt + " (as of " + when + ")";
        if (question.answer() != null && when.toLowerCase(Locale.ROOT).contains(question.answer().strip()
                .toLowerCase(Locale.ROOT)) || dated.length() > BankValidator.MAX_PROMPT_LENGTH) {
            return question;
        }
        return new BankQuestion(question.file(), question.line(), question.id(), question.category(),
                question.difficulty(), dated, question.answer(), question.wrong(), question.accept(),
                question.explanation(),
                question.sources(), question.fieldLines(), question.draft());
    }
}
