package app.footnote.bank.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a text is something to read questions from: prose, in English. */
final class Readable {

    /** The words that make up a good part of any English prose, and of little else. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "and", "in", "is", "was", "for",
            "on", "that", "with", "as", "by", "at", "from", "it", "has", "have", "be", "will", "its", "his", "her",
            "are", "were", "this", "after", "who", "which", "their", "but", "or", "not", "he", "she", "they");
    private static final int MIN_WORDS = 12;
    /**
     * A full stop, question or exclamation mark that ends a sentence: after a word, before a space or the end of the
     * line, perhaps inside a closing quote or bracket.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\d%)\"'”’][.!?]+[\"'”’)\\]]*(?:\\s|$)");
    /** The fewest words a line needs to be read as a sentence rather than a headline or a list item. */
    private static final int MIN_SENTENCE_WORDS = 4;
    /** A line longer than this is one line of text, not a headline, whatever it says. */
    private static final int MAX_HEADLINE_CHARS = 1_000;

    private Readable() {
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** What makes the text no article ("is empty", "is not text"), or empty when it may be one. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("is empty");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long control = text.codePoints().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t').count();
        if (control > 0 || text.indexOf('\uFFFD') >= 0 || letters < text.length() / 2) {
            return Optional.of("is not text (" + (control > 0 ? control + " control characters" : "mostly not letters")
                    + ")");
        }
        if (words(text) < MIN_WORDS) {
            return Optional.of("has " + words(text) + " words; an article has at least " + MIN_WORDS);
        }
        Optional<String> unsentenced = noSentences(text);
        if (unsentenced.isPresent()) {
            return unsentenced;
        }
        if (!english(text)) {
            return Optional.of("does not read as English (too few of its words are common English words)");
        }
        return Optional.empty();
    }

    /**
     * Headlines, a list of names or a run of words with no full stop: the language models find no sentence in it, and
     * reading up to {@link GenerateQuestions#MAX_READ_CHARS} characters of it takes them seconds for nothing.
     */
    private static Optional<String> noSentences(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        boolean anySentence = lines.stream().anyMatch(line -> words(line) >= MIN_SENTENCE_WORDS
                && SENTENCE_END.matcher(line).find());
        if (anySentence) {
            return Optional.empty();
        }
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        if (longest > MAX_HEADLINE_CHARS) {
            return Optional.of("has no sentences: " + (lines.size() == 1 ? "its one line of " + longest
                    + " characters" : "its longest line, of " + longest + " characters,") + " has no full stop,"
                    + " question mark or exclamation mark");
        }
        return Optional.of("has no sentences, only headlines or list items: none of its " + lines.size() + " lines"
                + " ends a sentence with a full stop, question mark or exclamation mark");
    }

    /** At least one word in twelve is a common English word, as in any English prose (some one in four is). */
    private static boolean english(String text) {
        int words = 0;
        int common = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                if (COMMON.contains(word)) {
                    common++;
                }
            }
        }
        return common * 12 >= words;
    }
}
