package app.footnote.bank;

/**
 * One violation of the bank's contract, located precisely enough for a moderator to fix it without searching.
 *
 * @param file the file as given to the reader, e.g. {@code questions/cast.yaml}; {@code null} for a form
 * @param line 1-based line of the offending field (or of the question when the field is missing); 0 for a form
 * @param questionId the question's id, or {@code null} when the problem is not about one question
 * @param field the field name, e.g. {@code wrong[2]} or {@code sources[0].quote}; {@code null} for whole-file problems
 * @param message what is wrong, in words a moderator understands
 */
public record BankProblem(String file, int line, String questionId, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(':').append(line).append(' ');
        }
        if (questionId != null) {
            text.append("question '").append(questionId).append("' ");
        }
        if (field != null) {
            text.append("field '").append(field).append("' ");
        }
        return text.toString().strip() + ": " + message;
    }
}
