package app.footnote.testing;

import java.util.Map;

/** Questions a server might add, citing a sentence of the shipped article 000_5fea22154b954d84. */
public final class Questions {

    /** An article about a show that does not exist, for the question generator: front matter and three facts. */
    public static final String GENERATOR_ARTICLE = """
            ---
            title: Galaxy Quest returns
            outlet: Variety
            ---
            Galaxy Quest: Rebirth premiered on March 5, 2026, on Paramount Plus.
            Galaxy Quest: Rebirth is set about thirty years after the events of 1999's Galaxy Quest.
            The first season released with eight episodes.
            """;

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
