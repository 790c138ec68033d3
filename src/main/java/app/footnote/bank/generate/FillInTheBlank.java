package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The fallback question for a sentence no pattern read: the sentence with its one number, date or amount left blank.
 * Only a sentence that stands on its own qualifies: a statement (not a hope or a guess) of moderate length, with no
 * pronoun or "also" pointing at a sentence before it, no quotation, and exactly one value to blank.
 */
final class FillInTheBlank {

    static final String BLANK = "_____";
    private static final int MIN_LENGTH = 30;
    private static final int MAX_LENGTH = 220;
    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile("(?i)\\b(?:he|she|him|his|her|hers|it|its|they|"
            + "them|their|this|these|those|that|here|there|also|however|such|we|us|our|you|your|i|former|latter|"
            + "same|other)\\b|[“”\"?!:]");
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:expect\\w*|could|might|may|would|should|"
            + "probably|presumably|perhaps|rumou?r\\w*|speculat\\w*|reportedly|around|about)\\b");
    private static final List<Pattern> VALUES = List.of(Pattern.compile(Regex.MONEY), Pattern.compile(Regex.DATE),
            Pattern.compile(Regex.MONTH_YEAR), Pattern.compile("\\b\\d+(?:\\.\\d+)?%"),
            Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b"),
            Pattern.compile("\\b(?<n>\\d+|" + String.join("|", Numbers.ONES.subList(2, 20))
                    + ") (?<unit>\\p{Ll}{3,}s)\\b"));

    /** The sentence with its value blanked, and the value. */
    record Blank(String blanked, Value value) {
    }

    static Optional<Blank> of(Found sentence) {
        String text = sentence.text();
        if (sentence.sentence().listItem() || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH
                || !text.endsWith(".") || !Character.isUpperCase(text.charAt(0)) || LEANS_ON_CONTEXT.matcher(text).find()
                || HEDGED.matcher(text).find()) {
            return Optional.empty();
        }
        List<MatchResult> values = new ArrayList<>();
        for (Pattern pattern : VALUES) {
            pattern.matcher(text).results().forEach(values::add);
        }
        // "2020" inside "January 23, 2020" is part of the date, not a second value.
        List<MatchResult> outermost = values.stream()
                .filter(v -> values.stream().noneMatch(other -> other != v && other.start() <= v.start()
                        && v.end() <= other.end() && other.end() - other.start() > v.end() - v.start()))
                .toList();
        if (outermost.size() != 1) {
            return Optional.empty();
        }
        MatchResult value = outermost.get(0);
        return read(value.group()).map(v -> new Blank(text.substring(0, value.start()) + BLANK
                + text.substring(value.end()), v));
    }

    private static Optional<Value> read(String text) {
        if (text.startsWith("$")) {
            return Value.money(text);
        }
        if (text.endsWith("%")) {
            return Value.percent(text.substring(0, text.length() - 1));
        }
        if (text.matches("\\d{4}")) {
            return Optional.of(Value.year(Integer.parseInt(text)));
        }
        Optional<Value> date = Value.date(text);
        if (date.isPresent()) {
            return date;
        }
        Optional<Value> month = Value.month(text);
        if (month.isPresent()) {
            return month;
        }
        String[] parts = text.split(" ", 2);
        return Numbers.cardinal(parts[0]).stream().mapToObj(n -> Value.count(n, parts[1])).findFirst();
    }
}
