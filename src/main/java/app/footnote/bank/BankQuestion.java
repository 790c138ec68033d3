package app.footnote.bank;

import java.util.List;
import java.util.Map;

/**
 * A question as written in a bank file, before validation: any field may be missing ({@code null}) or wrong.
 *
 * @param file the file it was read from
 * @param line the line where the question starts
 * @param fieldLines the line of each field present, keyed by field name
 */
public record BankQuestion(String file, int line, String id, String category, String difficulty, String prompt,
        String answer, List<String> wrong, String explanation, List<BankSource> sources,
        Map<String, Integer> fieldLines) {

    /** The line of a field; for {@code wrong[2]} or {@code sources[0].quote}, the line of the list. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field.replaceFirst("\\[.*", ""), line);
    }
}
