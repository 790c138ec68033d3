package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence being read by the patterns, and the facts they found in it. */
final class Found {

    private final Sentence sentence;
    private final String text;
    private final ArticleContext context;
    private final List<Fact> facts = new ArrayList<>();

    Found(Sentence sentence, ArticleContext context) {
        this.sentence = sentence;
        this.text = Regex.plain(sentence.text());
        this.context = context;
    }

    /** The sentence with plain spaces ({@link Regex#plain}). */
    String text() {
        return text;
    }

    Sentence sentence() {
        return sentence;
    }

    ArticleContext context() {
        return context;
    }

    String work() {
        return context.work();
    }

    List<Fact> facts() {
        return facts;
    }

    /** Runs {@code action} for every match of the pattern in the sentence. */
    void each(Pattern pattern, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            action.accept(matcher);
        }
    }

    /** Adds a fact; {@code slots} are pairs of a name and the words it stands for. */
    void add(Relation relation, String subject, Value value, String... slots) {
        addAll(relation, subject, List.of(value), slots);
    }

    /** Adds a fact with these values; none (a credit line of commas) is no fact. */
    void addAll(Relation relation, String subject, List<Value> values, String... slots) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i + 1 < slots.length; i += 2) {
            words.put(slots[i], slots[i + 1]);
        }
        facts.add(new Fact(relation, subject.strip(), List.copyOf(values), words, context.article().id(), sentence,
                context.work()));
    }

    /** "season 2 of Star Trek: Picard" for "Season 2", "the second season" or "its first season"; null if unknown. */
    String season(String text) {
        String words = text.toLowerCase(java.util.Locale.ROOT).replaceAll("^(?:the|its) ", "");
        OptionalInt number = words.startsWith("season ") ? Numbers.cardinal(words.substring(7))
                : Numbers.ordinal(words.replace(" season", ""));
        return number.isPresent() ? "season " + number.getAsInt() + " of " + context.work() : null;
    }

    /** The work when the text refers to it ("the series", "It", its short name), else the text itself. */
    String workOr(String text) {
        return text.matches(context.workPattern()) ? context.work() : Value.name(Kind.TITLE, text).text();
    }
}
