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

    /** The most characters of each part of a problem that a report shows: a bad file is never echoed whole. */
    public static final int MAX_SHOWN = 300;
    /** The most characters of a value a message quotes. */
    public static final int MAX_QUOTED = 60;

    /** A value as a message quotes it: in quotes, shortened with "…" when longer than {@value #MAX_QUOTED}. */
    public static String quoted(String value) {
        return "'" + shortened(value, MAX_QUOTED) + "'";
    }

    /** This problem with each part shortened to {@value #MAX_SHOWN} characters, as reports show it. */
    public BankProblem shortened() {
        return new BankProblem(shortened(file, MAX_SHOWN), line, shortened(questionId, MAX_SHOWN),
                shortened(field, MAX_SHOWN), shortened(message, MAX_SHOWN));
    }

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

    private static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
