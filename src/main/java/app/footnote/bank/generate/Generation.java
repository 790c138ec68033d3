package app.footnote.bank.generate;

import java.util.List;
import java.util.Map;

import app.footnote.bank.BankQuestion;

/**
 * What a run of the generator produced: draft questions, the conflicts between articles it found, and what it
 * left out and why.
 */
public final class Generation {

    /** A question, the article it was read from and the kind of its answer, for measuring the generator. */
    record Drafted(String articleId, String kind, BankQuestion question) {
    }

    private final List<Drafted> drafted;
    private final List<String> conflicts;
    private final List<String> skipped;
    private final int facts;
    private final Map<String, Integer> words;

    Generation(List<Drafted> drafted, List<String> conflicts, List<String> skipped, int facts,
            Map<String, Integer> words) {
        this.drafted = List.copyOf(drafted);
        this.conflicts = List.copyOf(conflicts);
        this.skipped = List.copyOf(skipped);
        this.facts = facts;
        this.words = Map.copyOf(words);
    }

    /** The draft questions, in the bank format, each marked {@code draft: true}. */
    public List<BankQuestion> questions() {
        return drafted.stream().map(Drafted::question).toList();
    }

    /** One line per fact the articles disagree on: the values, who states each, and what was done. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** One line per article, or part or question of one, that gave no question, with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    /** How many possible questions the articles' sentences gave, before the best were kept. */
    public int facts() {
        return facts;
    }

    /** How many questions each article read gave. */
    public Map<String, Long> perArticle() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        words.keySet().stream().sorted().forEach(id -> counts.put(id, 0L));
        drafted.forEach(d -> d.question().sources().forEach(s -> counts.merge(s.article(), 1L, Long::sum)));
        return counts;
    }

    List<Drafted> drafted() {
        return drafted;
    }

    /** The words of each article read. */
    Map<String, Integer> words() {
        return words;
    }

    /** The conflicts and what was left out, a line each under a heading, for a person to read; empty when none. */
    public static String describe(List<String> conflicts, List<String> skipped) {
        StringBuilder text = new StringBuilder();
        if (!conflicts.isEmpty()) {
            text.append("Articles disagree (").append(conflicts.size()).append("):\n");
            conflicts.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        if (!skipped.isEmpty()) {
            text.append("Left out (").append(skipped.size()).append("):\n");
            skipped.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }
}
