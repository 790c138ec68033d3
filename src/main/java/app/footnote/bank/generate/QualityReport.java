package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.footnote.bank.TextMatch;
import app.footnote.bank.generate.FactLabels.Label;

/**
 * How good the generator is on labelled articles, per relation: <em>precision</em>, the share of its questions whose
 * fact is a labelled one (right relation, subject and answer), and <em>recall</em>, the share of labelled facts that
 * got a question.
 */
public final class QualityReport {

    public static final double PRECISION_TARGET = 0.90;
    public static final double RECALL_TARGET = 0.70;

    /** The figures of one relation, or of all ({@code relation = "all"}). */
    public record Row(String relation, int questions, int correct, int labelled, int asked) {

        public double precision() {
            return questions == 0 ? 1 : (double) correct / questions;
        }

        public double recall() {
            return labelled == 0 ? 1 : (double) asked / labelled;
        }
    }

    private final List<Row> rows;
    private final Row total;
    private final List<String> wrong;
    private final List<String> missed;
    private final int questions;

    private QualityReport(List<Row> rows, Row total, List<String> wrong, List<String> missed, int questions) {
        this.rows = rows;
        this.total = total;
        this.wrong = wrong;
        this.missed = missed;
        this.questions = questions;
    }

    public static QualityReport measure(Generation generation, List<Label> labels) {
        Set<String> relations = new LinkedHashSet<>();
        generation.drafted().forEach(d -> relations.add(d.relation().slug()));
        labels.forEach(label -> relations.add(label.relation()));
        List<Row> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String relation : relations) {
            List<Generation.Drafted> asked = generation.drafted().stream()
                    .filter(d -> d.relation().slug().equals(relation)).toList();
            List<Label> labelled = labels.stream().filter(label -> label.relation().equals(relation)).toList();
            int correct = 0;
            for (Generation.Drafted question : asked) {
                if (labelled.stream().anyMatch(label -> matches(question, label))) {
                    correct++;
                } else {
                    wrong.add(question.question().id() + ": " + question.question().prompt() + " → "
                            + question.question().answer());
                }
            }
            int found = 0;
            for (Label label : labelled) {
                if (asked.stream().anyMatch(question -> matches(question, label))) {
                    found++;
                } else {
                    missed.add(relation + " of " + label.subject() + " = " + String.join(", ", label.values()));
                }
            }
            rows.add(new Row(relation, asked.size(), correct, labelled.size(), found));
        }
        Row total = new Row("all", rows.stream().mapToInt(Row::questions).sum(),
                rows.stream().mapToInt(Row::correct).sum(), rows.stream().mapToInt(Row::labelled).sum(),
                rows.stream().mapToInt(Row::asked).sum());
        return new QualityReport(rows, total, wrong, missed, generation.questions().size());
    }

    /** A question asks about a labelled fact when relation and subject agree and its answer is (one of) the value. */
    static boolean matches(Generation.Drafted question, Label label) {
        if (!question.relation().slug().equals(label.relation())) {
            return false;
        }
        String subject = Value.nameKey(question.subject());
        String labelled = Value.nameKey(label.subject());
        boolean sameSubject = question.relation() == Relation.CAST
                ? lastWord(subject).equals(lastWord(labelled))
                : subject.equals(labelled);
        String answer = question.question().answer();
        return sameSubject && label.values().stream().anyMatch(value -> TextMatch.containsAnswer(value, answer)
                && TextMatch.containsAnswer(answer, value));
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    public Row total() {
        return total;
    }

    /** Whether precision and recall over all relations reach their targets. */
    public boolean meetsTargets() {
        return total.precision() >= PRECISION_TARGET && total.recall() >= RECALL_TARGET;
    }

    public String describe() {
        StringBuilder text = new StringBuilder(String.format("%-22s %9s %8s %9s   %8s %6s %7s%n", "relation",
                "questions", "correct", "precision", "labelled", "asked", "recall"));
        for (Row row : rows) {
            text.append(line(row));
        }
        text.append(line(total));
        text.append(String.format("%nTargets: precision at least %.0f%%, recall at least %.0f%%: %s.%n",
                PRECISION_TARGET * 100, RECALL_TARGET * 100, meetsTargets() ? "met" : "NOT met"));
        text.append(questions).append(" question(s), each checked by the bank validator before it is written.\n");
        if (!wrong.isEmpty()) {
            text.append("\nQuestions that match no labelled fact:\n");
            wrong.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        if (!missed.isEmpty()) {
            text.append("\nLabelled facts that got no question:\n");
            missed.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }

    private static String line(Row row) {
        // A relation with no question (or no label) has no precision (or recall) to speak of.
        return String.format("%-22s %9d %8d %9s   %8d %6d %7s%n", row.relation(), row.questions(), row.correct(),
                row.questions() == 0 ? "-" : percent(row.precision()), row.labelled(), row.asked(),
                row.labelled() == 0 ? "-" : percent(row.recall()));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
