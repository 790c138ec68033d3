package app.footnote.bank.generate;

import java.util.List;

import app.footnote.bank.BankQuestion;

/**
 * What a run of the generator produced: draft questions, the conflicts between articles it found, and what it
 * left out and why.
 */
public final class Generation {

    /** A question and the fact it asks about, for measuring the generator against hand-labelled facts. */
    record Drafted(Relation relation, String subject, BankQuestion question) {
    }

    private final List<Drafted> drafted;
    private final List<String> conflicts;
    private final List<String> skipped;
    private final int facts;

    Generation(List<Drafted> drafted, List<String> conflicts, List<String> skipped, int facts) {
        this.drafted = List.copyOf(drafted);
        this.conflicts = List.copyOf(conflicts);
        this.skipped = List.copyOf(skipped);
        this.facts = facts;
    }

    /** The draft questions, in the bank format, each marked {@code draft: true}. */
    public List<BankQuestion> questions() {
        return drafted.stream().map(Drafted::question).toList();
    }

    /** One line per fact the articles disagree on: the values, who states each, and what was done. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** One line per fact that got no question, with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    /** How many facts the patterns read. */
    public int facts() {
        return facts;
    }

    List<Drafted> drafted() {
        return drafted;
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
