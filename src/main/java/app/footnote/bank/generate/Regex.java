package app.footnote.bank.generate;

/** The pieces the patterns are built from, so that a name or a date is read the same way everywhere. */
final class Regex {

    private static final String WORD = "\\p{Lu}[\\p{L}’'-]*";
    /** Capitalised words: "Star Trek", "CBS All Access". */
    static final String WORDS = WORD + "(?: " + WORD + ")*";
    /** A person's or a character's name: "Jean-Luc Picard", "Rafaella “Raffi” Musiker", "Seven of Nine". */
    static final String NAME = WORD + "(?: (?:" + WORD + "|[“\"]\\p{Lu}\\p{L}*[”\"]|of(?= \\p{Lu})))*";
    /** "A, B, and C" or "A, B and C" or "A and B". */
    static final String NAME_LIST = NAME + "(?:, " + NAME + ")*,? and " + NAME;
    /** A title, which may have a subtitle after a colon and may be in quotes: "‘Star Trek: Nemesis’". */
    /** A title with a subtitle: "Star Trek: Picard". */
    static final String COLON_TITLE = WORDS + ": " + WORDS;
    static final String TITLE = "[‘']?" + WORDS + "(?:: (?:" + WORDS + "))?[’']?";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    static final String DATE = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:" + MONTH
            + " \\d{1,2}(?:st|nd|rd|th)?, \\d{4}|\\d{1,2} " + MONTH + " \\d{4}|\\d{4}-\\d{2}-\\d{2})";
    static final String MONTH_YEAR = MONTH + " \\d{4}";
    static final String MONEY = "\\$\\d+(?:\\.\\d+)?(?: (?:thousand|million|billion))?";
    static final String SEASON = "(?:[Ss]eason \\d+|(?:[Tt]he |[Ii]ts )?(?:first|second|third|fourth|fifth) season)";

    private Regex() {
    }

    /**
     * The text with each space of another kind (a non-breaking space) as a plain one, one for one so that offsets
     * stay: the patterns then need not care, and quotes are still cut from the text as written.
     */
    static String plain(String text) {
        return text.replaceAll("\\h", " ");
    }

    /** Splits "A, B, and C" (or a credit line's "A, B. C and D") into its names. */
    static java.util.List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",\\s*(?:and\\s+)?|\\.\\s+|\\s+and\\s+"))
                .map(String::strip).map(name -> name.replaceAll("[.:]+$", "")).filter(name -> !name.isEmpty())
                .toList();
    }
}
