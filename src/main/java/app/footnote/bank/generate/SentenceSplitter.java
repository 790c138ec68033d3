package app.footnote.bank.generate;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences, keeping each one's offsets so that a quote can be found again. The JDK's
 * {@link BreakIterator} does the splitting within a line; a line break always ends a sentence (articles put headings
 * and list items on lines of their own), a list item is never split, and two of the iterator's habits are undone:
 * it ends a sentence after a title such as "Mr." or "Dr." and after an initial ("J. J. Abrams"), and after a month's
 * abbreviation followed by a number ("Jan. 23").
 */
final class SentenceSplitter {

    /** Words that take a full stop and are followed by a name, so never end a sentence. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "capt", "cmdr",
            "lt", "col", "sgt", "rev", "hon", "mt", "ft", "no", "vs");
    /** Month abbreviations: the sentence goes on when a number follows ("Jan. 23", "Sept. 2019"). */
    static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*·▪–]|\\d+[.)])\\s+");

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int start, int end, List<Sentence> sentences) {
        String line = text.substring(start, end);
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find()) {
            add(text, start + item.end(), end, true, sentences);
            return;
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(line);
        int from = breaks.first();
        int pieceStart = from;
        for (int to = breaks.next(); to != BreakIterator.DONE; to = breaks.next()) {
            if (to < line.length() && continues(line, pieceStart, to)) {
                continue;
            }
            add(text, start + pieceStart, start + to, false, sentences);
            pieceStart = to;
        }
    }

    /**
     * Whether the iterator broke after an abbreviation rather than at the end of a sentence. Only the word before the
     * break and the character after it are read, so that a line of initials ("J. J. J. …") is split in linear time.
     */
    private static boolean continues(String line, int pieceStart, int at) {
        int dot = at;
        while (dot > pieceStart && Character.isWhitespace(line.charAt(dot - 1))) {
            dot--;
        }
        if (dot == pieceStart || line.charAt(dot - 1) != '.') {
            return false;
        }
        int wordStart = dot - 1;
        while (wordStart > pieceStart && Character.isLetter(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, dot - 1);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean numberAfter = Character.isDigit(line.charAt(at));
        return TITLES.contains(lower) || initial || MONTHS.contains(lower) && numberAfter;
    }

    private static void add(String text, int start, int end, boolean listItem, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, text.substring(start, end), listItem));
        }
    }
}
