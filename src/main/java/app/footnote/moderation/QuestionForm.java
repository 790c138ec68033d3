package app.footnote.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;

/**
 * A question as a chat form holds it: one text per field, wrong answers one per line, and sources as blocks
 * separated by a blank line, each an article id or a web address on its first line and the quote below.
 */
public record QuestionForm(String prompt, String answer, String wrong, String explanation, String sources) {

    /** Fills a form with a question, to change it. */
    public static QuestionForm of(BankQuestion question) {
        List<String> blocks = new ArrayList<>();
        for (BankSource source : question.sources() == null ? List.<BankSource>of() : question.sources()) {
            blocks.add((source.article() != null ? source.article() : source.url()) + "\n" + source.quote());
        }
        return new QuestionForm(question.prompt(), question.answer(),
                question.wrong() == null ? "" : String.join("\n", question.wrong()), question.explanation(),
                String.join("\n\n", blocks));
    }

    /** The question the form describes; what is missing or wrong is left for the bank's rules to name. */
    public BankQuestion toQuestion(String category, String difficulty) {
        List<String> wrongChoices = lines(wrong).stream().filter(line -> !line.isEmpty()).toList();
        List<BankSource> parsed = new ArrayList<>();
        for (String block : blank(sources) ? new String[0] : sources.strip().split("\\R\\s*\\R")) {
            List<String> lines = lines(block);
            String where = lines.get(0);
            String quote = String.join(" ", lines.subList(1, lines.size())).strip();
            boolean web = where.startsWith("http://") || where.startsWith("https://");
            parsed.add(new BankSource(web ? null : where, web ? where : null, quote.isEmpty() ? null : quote, 0));
        }
        return BankQuestion.of(null, category, difficulty, text(prompt), text(answer), wrongChoices,
                text(explanation), parsed);
    }

    private static List<String> lines(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.strip().split("\\R")).map(String::strip).toList();
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
