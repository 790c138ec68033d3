package app.footnote.bank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bank's rules for when two texts say the same thing. Three levels, from strict to lenient:
 * <ul>
 * <li>{@link #quoteFound}: a quote is in its article word for word; only white space and typographic punctuation
 * (curly quotes, dashes) may differ, since neither is visible in a chat client.</li>
 * <li>{@link #sameChoice}: two choices are the same when they differ only in case and white space.</li>
 * <li>{@link #containsAnswer}: an answer is in a text when its words appear in order, where case, punctuation, a
 * leading "the/a/an", thousands separators, number words ("twelve" = 12, "eighth" = 8th), "percent" = "%", the
 * plural of a unit ("a twelve year break" says "12 years", "a 10-episode season" "10 episodes") and the date formats
 * "January 23, 2020", "23 January 2020" and "2020-01-23" do not matter.</li>
 * </ul>
 */
public final class TextMatch {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TOKEN = Pattern
            .compile("\\$|%|\\d++(?:[.,/]\\d++)*+(?:st|nd|rd|th)?|\\p{L}++(?:'\\p{L}++)*+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Units whose plural and singular say the same amount: "12 years" is in "a twelve year break". */
    private static final List<String> UNITS = List.of("year", "month", "week", "day", "hour", "minute", "second",
            "episode", "season", "book", "film", "issue", "series", "part");
    private static final Map<String, String> TYPOGRAPHY = Map.of("\u2018", "'", "\u2019", "'", "\u201B", "'",
            "\u201C", "\"", "\u201D", "\"", "\u201E", "\"", "\u2013", "-", "\u2014", "-", "\u2011", "-", "\u2212", "-");

    private TextMatch() {
    }

    /** Whether {@code quote} appears in {@code article}, ignoring white space and typographic punctuation. */
    public static boolean quoteFound(String article, String quote) {
        return searchable(article).contains(quote);
    }

    /** An article made ready for {@link #quoteFound} once, to look for many quotes in it. */
    public static Searchable searchable(String article) {
        return new Searchable(collapse(fold(article)));
    }

    /** An article's text as {@link #quoteFound} compares it: folded and with white space collapsed. */
    public record Searchable(String text) {

        /** Whether the quote is in the text, in time linear in the text's length (a Boyer–Moore search). */
        public boolean contains(String quote) {
            String needle = collapse(fold(quote));
            // String.contains compares naively: a long quote against a repetitive article takes length × length.
            return !needle.isEmpty() && Pattern.compile(needle, Pattern.LITERAL).matcher(text).find();
        }
    }

    /** Whether two choices would look the same to a player: case and white space aside. */
    public static boolean sameChoice(String a, String b) {
        return choiceKey(a).equals(choiceKey(b));
    }

    /** What {@link #sameChoice} compares: equal keys are the same choice, so a set of keys finds repeats at once. */
    public static String choiceKey(String choice) {
        return collapse(fold(choice)).toLowerCase(Locale.ROOT);
    }

    /** Whether the answer's words appear, in order, in the text (see the class comment for what may differ). */
    public static boolean containsAnswer(String text, String answer) {
        List<String> wanted = tokens(answer);
        if (!wanted.isEmpty() && List.of("the", "a", "an").contains(wanted.get(0)) && wanted.size() > 1) {
            wanted = wanted.subList(1, wanted.size());
        }
        return !wanted.isEmpty() && Collections.indexOfSubList(tokens(text), wanted) >= 0;
    }

    /** The canonical words of a text, as {@link #containsAnswer} compares them (and typed answers are judged). */
    public static List<String> tokens(String text) {
        Matcher matcher = TOKEN.matcher(fold(text).toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            String token = matcher.group();
            if (THOUSANDS.matcher(token).matches()) {
                token = token.replace(",", "");
            }
            if (token.endsWith("s") && UNITS.contains(token.substring(0, token.length() - 1))) {
                token = token.substring(0, token.length() - 1);
            }
            tokens.add(token.equals("percent") ? "%" : token);
        }
        return dates(numberWords(tokens));
    }

    private static List<String> numberWords(List<String> words) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int tens = TENS.indexOf(word);
            if (tens >= 2) {
                int ones = i + 1 < words.size() ? ONES.indexOf(words.get(i + 1)) : -1;
                if (ones >= 1 && ones <= 9) {
                    tokens.add(String.valueOf(tens * 10 + ones));
                    i++;
                } else {
                    tokens.add(String.valueOf(tens * 10));
                }
            } else if (ONES.contains(word)) {
                tokens.add(String.valueOf(ONES.indexOf(word)));
            } else if (ORDINALS.contains(word)) {
                int n = ORDINALS.indexOf(word);
                tokens.add(n + (n >= 11 && n <= 13 ? "th" : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                }));
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** Rewrites "january 23 2020", "23 january 2020" and "2020 01 23" (from 2020-01-23) to "2020 01 23". */
    private static List<String> dates(List<String> words) {
        List<String> tokens = new ArrayList<>(words);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            int month = month(tokens.get(i));
            int day = day(tokens.get(i + 1));
            if (month < 0 || day < 0) {
                month = month(tokens.get(i + 1));
                day = day(tokens.get(i));
            }
            String year = tokens.get(i + 2);
            if (month >= 0 && day >= 0 && YEAR.matcher(year).matches()) {
                tokens.set(i, year);
                tokens.set(i + 1, String.format("%02d", month + 1));
                tokens.set(i + 2, String.format("%02d", day));
                i += 2;
            }
        }
        return tokens;
    }

    /** Whether a (singular) word is a unit whose plural says the same amount: "year", "episode". */
    public static boolean unit(String word) {
        return UNITS.contains(word);
    }

    /** The month (0-11) that a full name or an abbreviation of three letters or more names, else -1. */
    public static int month(String word) {
        for (int m = 0; m < MONTHS.size(); m++) {
            if (word.length() >= 3 && MONTHS.get(m).startsWith(word)) {
                return m;
            }
        }
        return -1;
    }

    /** The day of the month (1-31) that "23" or "23rd" names, else -1. */
    public static int day(String word) {
        Matcher digits = DAY.matcher(word);
        int day = digits.matches() ? Integer.parseInt(digits.group(1)) : -1;
        return day >= 1 && day <= 31 ? day : -1;
    }

    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (Map.Entry<String, String> mark : TYPOGRAPHY.entrySet()) {
            folded = folded.replace(mark.getKey(), mark.getValue());
        }
        return folded;
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
