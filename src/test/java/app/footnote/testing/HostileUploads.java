package app.footnote.testing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Files a hostile or careless moderator might upload, each small enough to be taken (under 1 MB, or 200,000
 * characters for an article) but built to make the bot spend memory or time. Shared by the HTTP, Discord and
 * command-line tests, which must all refuse or read them the same way.
 */
public final class HostileUploads {

    /** The line of {@link #aliasBomb()} that defines the anchor. */
    public static final int ALIAS_BOMB_ANCHOR_LINE = 5;
    /** The generator's size limit, in characters. */
    public static final int ARTICLE_CHARS = 200_000;

    private HostileUploads() {
    }

    /** One question whose 1,000-character prompt is repeated by alias as 25,000 wrong choices (175 kB of YAML). */
    public static String aliasBomb() {
        return "questions:\n"
                + "  - id: amplified\n"
                + "    category: cast\n"
                + "    difficulty: easy\n"
                + "    prompt: &long " + "x".repeat(1_000) + "\n"
                + "    answer: " + Questions.ANSWER + "\n"
                + "    wrong: [" + "*long, ".repeat(24_999) + "*long]\n"
                + "    explanation: He left to adapt his own novel.\n"
                + "    sources:\n"
                + "      - article: " + Questions.ARTICLE + "\n"
                + "        quote: " + Questions.QUOTE + "\n";
    }

    /** A valid question but for its {@code count} distinct wrong choices. */
    public static String manyWrongChoices(int count) {
        return "questions:\n" + Questions.yaml("crowded", "cast", "Who stepped away as showrunner?")
                .replace("[Alex Kurtzman, Akiva Goldsman, Terry Matalas]", IntStream.range(0, count)
                        .mapToObj(i -> "Choice " + i).collect(Collectors.joining(", ", "[", "]")));
    }

    /** {@code count} questions, each with a 2,000-character difficulty: a problem each, which quotes it. */
    public static String manyLongProblems(int count) {
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 0; i < count; i++) {
            yaml.append(Questions.yaml("q-" + i, "cast", "Question number " + i + "?")
                    .replace("difficulty: easy", "difficulty: " + "y".repeat(2_000)));
        }
        return yaml.toString();
    }

    /**
     * A valid draft as large as the rules allow: ten web sources, each with a long address and a long quote. It is
     * more than the review queue keeps of one draft.
     */
    public static String largestDraft() {
        StringBuilder yaml = new StringBuilder("questions:\n" + Questions.yaml("largest", "cast",
                "Who stepped away as showrunner?").replace("  - id: largest\n", "  - id: largest\n    draft: true\n"));
        yaml.setLength(yaml.indexOf("    sources:\n") + "    sources:\n".length());
        for (int i = 0; i < 10; i++) {
            yaml.append("      - url: https://example.com/").append("p".repeat(450)).append(i).append('\n')
                    .append("        quote: ").append(Questions.ANSWER).append(" said so".repeat(245)).append('\n');
        }
        return yaml.toString();
    }

    /** A valid question whose kebab-case id is 100,000 characters of segments of varying length. */
    public static String longId() {
        return "questions:\n" + Questions.yaml("a-bb-".repeat(20_000) + "a", "cast", "Who stepped away?");
    }

    /** An article of initials on one line, "J. J. J. …", as long as an article may be. */
    public static String initials() {
        return "J. ".repeat(ARTICLE_CHARS / 3);
    }

    /** A line of {@code chars} characters of capitalised words and no full stop: "Aa Aa Aa …". */
    public static String capitalisedWords(int chars) {
        return "Aa ".repeat(chars / 3);
    }

    /** An article that is one long cast list ("- Name Name as Role Role"), every line a fact. */
    public static String castList() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < ARTICLE_CHARS - 100; i++) {
            text.append("- ").append(word(i)).append(' ').append(word(i * 7 + 3)).append(" as ")
                    .append(word(i * 13 + 5)).append(' ').append(word(i * 17 + 11)).append('\n');
        }
        return text.toString();
    }

    /**
     * A box-office story with figures no one can count with beside ones anyone can: a 400-digit amount and
     * percentage, a season and an audience of more digits than a double holds. Prose enough to be read as an article.
     */
    public static String impossibleFigures() {
        String nines = "9".repeat(400);
        return "Harbor Lights opened with $42 million at the North American box office this weekend, ahead of every"
                + " forecast.\n"
                + "The drama from Summit Pictures cost $65 million to produce, and the studio spent another $30 million"
                + " on marketing it.\n"
                + "Silver Canyon fell to second place with $18 million, its smallest weekend since it opened in July.\n"
                + ("Critics praised the performances of the whole cast, and audiences in cinemas across the country"
                        + " cheered, the studio said.\n").repeat(8)
                + "The animated comedy Paper Moon took in $" + nines + " million in its debut, the studio said.\n"
                + "Harbor Lights received a " + nines + "% approval rating from the critics who saw it.\n"
                + "Season 99999999999999 of the show has 99999999999999999 episodes, the network said on Friday.\n"
                + "The premiere welcomed " + "9".repeat(30) + " visitors on the opening day, the cinema chain said.\n";
    }

    /** A distinct capitalised made-up word for each number. */
    private static String word(int n) {
        StringBuilder word = new StringBuilder().append((char) ('A' + n % 26));
        for (int rest = n / 26 + 1; rest > 0; rest /= 5) {
            word.append("aeiou".charAt(rest % 5)).append("lnrst".charAt((rest / 5 + n) % 5));
        }
        return word.toString();
    }
}
