package app.footnote.bank.generate;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a prompt reads as a question a player can answer without the article: a whole sentence (not a fragment the
 * article's line breaks cut, not one cut mid-phrase, quotes and brackets closed) that says what it is about. Graders
 * found such prompts garbled or unanswerable far more often than any wrong choice.
 */
final class WellFormed {

    /** Words a sentence does not end on: the phrase they open was cut. */
    private static final Set<String> DANGLING = Set.of("and", "or", "but", "of", "to", "in", "the", "a", "an", "with",
            "for", "by", "on", "at", "from", "as", "than");
    /** "The launch…", "This deal…": a definite thing the story named before, and the prompt does not say which. */
    private static final Pattern LEANING = Pattern.compile("^(?:The|This|That|These|Those|Its|Their) \\p{Ll}");
    private static final Pattern ALSO = Pattern.compile("\\b(?:also|too|again|another|the same)\\b");

    private WellFormed() {
    }

    /**
     * What is wrong with the prompt, or empty when nothing is.
     *
     * @param framed whether the prompt will stand under its story's headline, which says which match or deal it means
     * @param names the names the prompt gives: one that stands alone must name what it is about
     */
    static Optional<String> problem(String prompt, Parsed.Line line, boolean framed, Set<String> names) {
        if (count(prompt, '“') != count(prompt, '”') || count(prompt, '"') % 2 == 1
                || count(prompt, '(') != count(prompt, ')')) {
            return Optional.of("its quotes or brackets are not closed");
        }
        if (!prompt.isEmpty() && Character.isLowerCase(prompt.codePointAt(0))) {
            return Optional.of("it starts mid-sentence");
        }
        String[] words = prompt.replaceAll("[.?!”\"]+$", "").strip().split("\\s+");
        if (DANGLING.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("it ends on “" + words[words.length - 1] + "”, cut mid-phrase");
        }
        // "CEO Elon Musk in an all-cash, go-private deal…": the rest of a sentence the splitter cut at "Inc.", whose
        // only "verb" is part of a hyphenated adjective. A question the rules wrote ("Who plays …?") is whole anyway.
        if (prompt.contains(AskSentence.BLANK) && !hasVerb(line)) {
            return Optional.of("its sentence has no verb (a fragment of a line)");
        }
        if (!framed && (names.isEmpty() || LEANING.matcher(prompt).find() || ALSO.matcher(prompt).find())) {
            return Optional.of("it does not say which story it is about, and the headline would give the answer away");
        }
        return Optional.empty();
    }

    private static boolean hasVerb(Parsed.Line line) {
        java.util.List<Parsed.Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            boolean hyphenated = i > 0 && tokens.get(i - 1).tag().equals("HYPH")
                    || i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("HYPH");
            if ((tokens.get(i).tag().startsWith("VB") || tokens.get(i).tag().equals("MD")) && !hyphenated) {
                return true;
            }
        }
        return false;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
