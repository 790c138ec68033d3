package app.footnote.bank;

import java.util.List;
import java.util.Map;

/**
 * A question as written in a bank file, before validation: any field may be missing ({@code null}) or wrong.
 *
 * @param file the file it was read from
 * @param line the line where the question starts
 * @param fieldLines the line of each field present, keyed by field name
 * @param draft whether the question is only proposed ({@code draft: true}): it is checked like any other but not played
 *        until a person has reviewed it and removed the mark
 */
public record BankQuestion(String file, int line, String id, String category, String difficulty, String prompt,
        String answer, List<String> wrong, String explanation, List<BankSource> sources,
        Map<String, Integer> fieldLines, boolean draft) {

    /** A question that was not read from a file (a form, a request body): no lines to point to. */
    public static BankQuestion of(String id, String category, String difficulty, String prompt, String answer,
            List<String> wrong, String explanation, List<BankSource> sources) {
        return new BankQuestion(null, 0, id, category, difficulty, prompt, answer, wrong, explanation, sources,
                Map.of(), false);
    }

    /** The same question under another id. */
    public BankQuestion withId(String newId) {
        return new BankQuestion(file, line, newId, category, difficulty, prompt, answer, wrong, explanation, sources,
                fieldLines, draft);
    }

    /** The same question in another category. */
    public BankQuestion withCategory(String newCategory) {
        return new BankQuestion(file, line, id, newCategory, difficulty, prompt, answer, wrong, explanation, sources,
                fieldLines, draft);
    }

    /** The same question, marked as a draft or not. */
    public BankQuestion asDraft(boolean isDraft) {
        return new BankQuestion(file, line, id, category, difficulty, prompt, answer, wrong, explanation, sources,
                fieldLines, isDraft);
    }

    /** The line of a field; for {@code wrong[2]} or {@code sources[0].quote}, the line of the list. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field.replaceFirst("\\[.*", ""), line);
    }
}
