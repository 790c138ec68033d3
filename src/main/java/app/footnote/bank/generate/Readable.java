package app.footnote.bank.generate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Whether a text is something to read questions from: prose, in English. */
final class Readable {

    /** The words that make up a good part of any English prose, and of little else. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "and", "in", "is", "was", "for",
            "on", "that", "with", "as", "by", "at", "from", "it", "has", "have", "be", "will", "its", "his", "her",
            "are", "were", "this", "after", "who", "which", "their", "but", "or", "not", "he", "she", "they");
    private static final int MIN_WORDS = 12;

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
        if (!english(text)) {
            return Optional.of("does not read as English (too few of its words are common English words)");
        }
        return Optional.empty();
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
