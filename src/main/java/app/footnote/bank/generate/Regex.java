package app.footnote.bank.generate;

import java.util.regex.Pattern;

/**
 * The pieces the patterns are built from, so that a name or a date is read the same way everywhere.
 * <p>
 * Repetitions are possessive ({@code *+}): a name is all the capitalised words in a row, never fewer, so that
 * java.util.regex neither backtracks through a run of them nor recurses once per word (which overflows the stack on a
 * line of a few thousand characters). And they are bounded: a name has at most {@value #MAX_NAME_WORDS} words and a
 * list {@value #MAX_LIST_NAMES} names, so that trying a pattern at each word of a long run costs a bounded amount each
 * time, and reading a sentence takes time linear in its length.
 */
final class Regex {

    /** The most words of a name or a title: "Star Trek Deep Space Nine" has five. */
    static final int MAX_NAME_WORDS = 8;
    /** The most names of a list: "created by A, B, C and D" has four. */
    static final int MAX_LIST_NAMES = 12;
    /** A capitalised word: "Picard", "Jean-Luc", "O'Brien". */
    static final String WORD = "\\p{Lu}[\\p{L}’'-]*+";
    /** Capitalised words: "Star Trek", "CBS All Access". */
    static final String WORDS = WORD + "(?: " + WORD + "){0," + (MAX_NAME_WORDS - 1) + "}+";
    /** A person's or a character's name: "Jean-Luc Picard", "Rafaella “Raffi” Musiker", "Seven of Nine". */
    static final String NAME = WORD + "(?: (?:" + WORD + "|[“\"]\\p{Lu}\\p{L}*+[”\"]|of(?= \\p{Lu}))){0,"
            + (MAX_NAME_WORDS - 1) + "}+";
    /** "A, B, and C" or "A, B and C" or "A and B". */
    static final String NAME_LIST = NAME + "(?:, " + NAME + "){0," + (MAX_LIST_NAMES - 2) + "}+,? and " + NAME;
    /** A title with a subtitle: "Star Trek: Picard". */
    static final String COLON_TITLE = WORDS + ": " + WORDS;
    /** A title, which may have a subtitle after a colon and may be in quotes: "‘Star Trek: Nemesis’". */
    static final String TITLE = "[‘']?" + WORDS + "(?:: (?:" + WORDS + "))?[’']?";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    static final String DATE = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:" + MONTH
            + " \\d{1,2}(?:st|nd|rd|th)?, \\d{4}|\\d{1,2} " + MONTH + " \\d{4}|\\d{4}-\\d{2}-\\d{2})";
    static final String MONTH_YEAR = MONTH + " \\d{4}";
    static final String MONEY = "\\$\\d+(?:\\.\\d+)?(?: (?:thousand|million|billion))?";
    static final String SEASON = "(?:[Ss]eason \\d+|(?:[Tt]he |[Ii]ts )?(?:first|second|third|fourth|fifth) season)";

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h");

    private Regex() {
    }

    /**
     * The text with each space of another kind (a non-breaking space) as a plain one, one for one so that offsets
     * stay: the patterns then need not care, and quotes are still cut from the text as written.
     */
    static String plain(String text) {
        return HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
    }

    /** Splits "A, B, and C" (or a credit line's "A, B. C and D") into its names. */
    static java.util.List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",\\s*(?:and\\s+)?|\\.\\s+|\\s+and\\s+"))
                .map(String::strip).map(name -> name.replaceAll("[.:]+$", "")).filter(name -> !name.isEmpty())
                .toList();
    }
}
