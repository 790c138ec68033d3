package app.footnote.testing;

import java.util.Map;

/** Questions a server might add, citing a sentence of the shipped article 000_5fea22154b954d84. */
public final class Questions {

    /** A news story for the question generator, with front matter: a takeover, its price, the banks' sizes. */
    public static final String GENERATOR_ARTICLE = """
            ---
            title: Cedar Bank agrees to buy Lakeside Financial
            outlet: Daily Ledger
            ---
            Cedar Bank agreed to buy Lakeside Financial for $2.4 billion on Monday, creating the largest lender in Ohio.
            Lakeside Financial has 120 branches across Ohio and Michigan and employs about 3,000 people.
            Cedar Bank chief executive Maria Lopez said the deal would close in the first half of 2026.
            Shares of Lakeside Financial rose 18 percent in New York after the announcement.
            Analysts at Morgan Stanley called the price fair, and regulators in Columbus are expected to approve it.
            """;
    public static final String GENERATOR_TITLE = "Cedar Bank agrees to buy Lakeside Financial";

    public static final String ARTICLE = "000_5fea22154b954d84";
    public static final String QUOTE = "Michael Chabon will be stepping away as showrunner on season 2";
    public static final String ANSWER = "Michael Chabon";

    private Questions() {
    }

    /** A valid question as a JSON request body. */
    public static Map<String, Object> json(String id, String category, String prompt) {
        return Map.of("id", id, "category", category, "difficulty", "easy", "prompt", prompt, "answer", ANSWER,
                "wrong", java.util.List.of("Alex Kurtzman", "Akiva Goldsman", "Terry Matalas"),
                "explanation", "He left to adapt his own novel.",
                "sources", java.util.List.of(Map.of("article", ARTICLE, "quote", QUOTE)));
    }

    /** A valid question in the bank's YAML format, starting a list item. */
    public static String yaml(String id, String category, String prompt) {
        return "  - id: " + id + "\n"
                + "    category: " + category + "\n"
                + "    difficulty: easy\n"
                + "    prompt: " + prompt + "\n"
                + "    answer: " + ANSWER + "\n"
                + "    wrong: [Alex Kurtzman, Akiva Goldsman, Terry Matalas]\n"
                + "    explanation: He left to adapt his own novel.\n"
                + "    sources:\n"
                + "      - article: " + ARTICLE + "\n"
                + "        quote: " + QUOTE + "\n";
    }
}
