package app.footnote.bank;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A quote in the sentences of its article: the sentence (or sentences) it is in, and the one before and after, as a
 * reader checking the quote would want them. The quote is found as {@link TextMatch#quoteFound} finds it, ignoring
 * white space and typographic punctuation.
 */
public final class ArticleSentences {

    /** Any white space, the no-break space included (news pages are full of them). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LINE = Pattern.compile("\\R");

    /** @param before the sentence before, or {@code null} at the article's start; {@code after} likewise at its end */
    public record Passage(String before, String sentence, String after) {
    }

    private record Span(int start, int end) {
    }

    private ArticleSentences() {
    }

    /** The passage around the quote; empty when the article does not contain it (any more). */
    public static Optional<Passage> around(String article, String quote) {
        if (article == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        // The article is searched as written, so that it is shown as written: curly quotes stay curly.
        String text = article;
        String needle = WHITESPACE.splitAsStream(TextMatch.fold(quote).strip()).map(ArticleSentences::word)
                .collect(Collectors.joining("\\s+"));
        Matcher found = Pattern.compile(needle, Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        List<Span> sentences = sentences(text);
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Span span = sentences.get(i);
            if (span.end() > found.start() && span.start() < found.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Span whole = new Span(sentences.get(first).start(), sentences.get(last).end());
        return Optional.of(new Passage(first > 0 ? shown(text, sentences.get(first - 1)) : null, shown(text, whole),
                last + 1 < sentences.size() ? shown(text, sentences.get(last + 1)) : null));
    }

    /** A word of the quote as a pattern: a straight quote or a hyphen also matches its typographic forms. */
    private static String word(String word) {
        StringBuilder pattern = new StringBuilder();
        word.codePoints().forEach(c -> pattern.append(switch (c) {
            case '\'' -> "['\u2018\u2019\u201B]";
            case '"' -> "[\"\u201C\u201D\u201E]";
            case '-' -> "[-\u2013\u2014\u2011\u2212]";
            default -> Pattern.quote(new String(Character.toChars(c)));
        }));
        return pattern.toString();
    }

    /** Sentences as an English reader splits them; a line break (a heading, a paragraph) always ends one. */
    private static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher lines = LINE.matcher(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lines.find() ? lines.start() : text.length();
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            breaks.setText(text.substring(lineStart, lineEnd));
            for (int start = breaks.first(),
                    end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                if (!text.substring(lineStart + start, lineStart + end).isBlank()) {
                    spans.add(new Span(lineStart + start, lineStart + end));
                }
            }
            if (lineEnd == text.length()) {
                break;
            }
            lineStart = lines.end();
        }
        return spans;
    }

    private static String shown(String text, Span span) {
        return WHITESPACE.matcher(text.substring(span.start(), span.end())).replaceAll(" ").strip();
    }
}
