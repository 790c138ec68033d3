package app.footnote.bank;

import java.util.List;
import java.util.Map;

/**
 * A question as written in a bank file, before validation: any field may be missing ({@code null}) or wrong.
 *
 * @param file the file it was read from
 * @param line the line where the question starts
 * @param accept other answers a typed answer may give ({@code accept:}, never {@code null}: empty when absent), such
 *        as a person's surname where the article calls them by it
 * @param fieldLines the line of each field present, keyed by field name
 * @param draft whether the question is only proposed ({@code draft: true}): it is checked like any other but not played
 *        until a person has reviewed it and removed the mark
 */
public record BankQuestion(String file, int line, String id, String category, String difficulty, String prompt,
        String answer, List<String> wrong, List<String> accept, String explanation, List<BankSource> sources,
        Map<String, Integer> fieldLines, boolean draft) {

    public BankQuestion {
        accept = accept == null ? List.of() : accept;
    }

    /** A question that was not read from a file (a form, a request body): no lines to point to. */
    public static BankQuestion of(String id, String category, String difficulty, String prompt, String answer,
            List<String> wrong, String explanation, List<BankSource> sources) {
        return new BankQuestion(null, 0, id, category, difficulty, prompt, answer, wrong, List.of(), explanation,
                sources, Map.of(), false);
    }

    /** The same question under another id. */
    public BankQuestion withId(String newId) {
        return new BankQuestion(file, line, newId, category, difficulty, prompt, answer, wrong, accept, explanation,
                sources, fieldLines, draft);
    }

    /** The same question in another category. */
    public BankQuestion withCategory(String newCategory) {
        return new BankQuestion(file, line, id, newCategory, difficulty, prompt, answer, wrong, accept, explanation,
                sources, fieldLines, draft);
    }

    /** The same question, marked as a draft or not. */
    public BankQuestion asDraft(boolean isDraft) {
        return new BankQuestion(file, line, id, category, difficulty, prompt, answer, wrong, accept, explanation,
                sources, fieldLines, isDraft);
    }

    /** The same question, accepting these other typed answers. */
    public BankQuestion withAccept(List<String> alternatives) {
        return new BankQuestion(file, line, id, category, difficulty, prompt, answer, wrong, alternatives,
                explanation, sources, fieldLines, draft);
    }

    /** The line of a field; for {@code wrong[2]} or {@code sources[0].quote}, the line of the list. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field.replaceFirst("\\[.*", ""), line);
    }
}
