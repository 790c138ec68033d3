package app.footnote.bank.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.footnote.bank.BankQuestion;
import app.footnote.bank.TextMatch;
import app.footnote.bank.generate.FactLabels.Label;

/**
 * How the generator does on hand-labelled articles: <em>recall</em>, the share of labelled facts some question asks
 * (its answer is the value and its prompt names the subject), per article and overall; how many questions each
 * article gives for its length; and where the answer lies among sorted numeric choices, which must be uniform. Whether
 * a question is acceptable is judged by reading: the report lists every question for that.
 */
public final class QualityReport {

    public static final double RECALL_TARGET = 0.60;
    public static final double ARTICLE_RECALL_TARGET = 0.40;
    /** At least one question per this many words of each article. */
    public static final int WORDS_PER_QUESTION_TARGET = 60;
    /** The chi-square statistic at 3 degrees of freedom that chance exceeds one time in twenty. */
    static final double CHI_SQUARE_CHANCE = 7.815;

    /** The figures of one article. */
    public record Row(String article, int words, int questions, int labelled, int asked) {

        public double recall() {
            return labelled == 0 ? 1 : (double) asked / labelled;
        }
    }

    private final List<Row> rows;
    private final List<String> missed;
    private final List<BankQuestion> questions;
    private final int[] places;

    private QualityReport(List<Row> rows, List<String> missed, List<BankQuestion> questions, int[] places) {
        this.rows = rows;
        this.missed = missed;
        this.questions = questions;
        this.places = places;
    }

    public static QualityReport measure(Generation generation, List<Label> labels) {
        Map<String, List<Generation.Drafted>> byArticle = new LinkedHashMap<>();
        generation.words().keySet().stream().sorted().forEach(id -> byArticle.put(id, new ArrayList<>()));
        labels.forEach(label -> label.articles().forEach(id -> byArticle.computeIfAbsent(id, k -> new ArrayList<>())));
        for (Generation.Drafted drafted : generation.drafted()) {
            drafted.question().sources().forEach(source -> byArticle.computeIfAbsent(source.article(),
                    k -> new ArrayList<>()).add(drafted));
        }
        List<Row> rows = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, List<Generation.Drafted>> article : byArticle.entrySet()) {
            List<Label> labelled = labels.stream().filter(l -> l.articles().contains(article.getKey())).toList();
            int asked = 0;
            for (Label label : labelled) {
                if (article.getValue().stream().anyMatch(d -> asks(d.question(), label))) {
                    asked++;
                } else {
                    missed.add(article.getKey() + ": " + label.relation() + " of " + label.subject() + " = "
                            + String.join(", ", label.values()));
                }
            }
            rows.add(new Row(article.getKey(), generation.words().getOrDefault(article.getKey(), 0),
                    article.getValue().size(), labelled.size(), asked));
        }
        int[] places = new int[4];
        for (Generation.Drafted drafted : generation.drafted()) {
            place(drafted).ifPresent(place -> places[Math.min(place, 3)]++);
        }
        return new QualityReport(rows, missed, generation.questions(), places);
    }

    /** A question asks a labelled fact when its answer is (one of) the value and its prompt names the subject. */
    static boolean asks(BankQuestion question, Label label) {
        String answer = question.answer();
        boolean value = label.values().stream().anyMatch(v -> TextMatch.containsAnswer(v, answer)
                || TextMatch.containsAnswer(answer, v) || Names.key(v).equals(Names.key(answer)));
        String prompt = " " + Names.key(question.prompt()) + " ";
        String subject = Names.key(label.subject());
        return value && (prompt.contains(" " + subject + " ") || prompt.contains(" " + Names.last(label.subject())
                + " "));
    }

    /** Where the answer lies among its sorted choices, for a question whose choices are numbers, dates or times. */
    private static Optional<Integer> place(Generation.Drafted drafted) {
        BankQuestion q = drafted.question();
        Optional<Double> answer = WrongChoices.order(drafted.kind(), q.answer());
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        int below = 0;
        for (String wrong : q.wrong()) {
            Optional<Double> order = WrongChoices.order(drafted.kind(), wrong);
            if (order.isEmpty()) {
                return Optional.empty();
            }
            below += order.get() < answer.get() ? 1 : 0;
        }
        return Optional.of(below);
    }

    public Row total() {
        return new Row("all", rows.stream().mapToInt(Row::words).sum(), rows.stream().mapToInt(Row::questions).sum(),
                rows.stream().mapToInt(Row::labelled).sum(), rows.stream().mapToInt(Row::asked).sum());
    }

    /** The chi-square statistic of the answer's places among sorted numeric choices against a uniform spread. */
    public double placeChiSquare() {
        int n = places[0] + places[1] + places[2] + places[3];
        if (n == 0) {
            return 0;
        }
        double expected = n / 4.0;
        double chi = 0;
        for (int count : places) {
            chi += (count - expected) * (count - expected) / expected;
        }
        return chi;
    }

    /** Recall overall and on every labelled article, questions per word, and the numeric answers' places. */
    public boolean meetsTargets() {
        return total().recall() >= RECALL_TARGET
                && rows.stream().filter(r -> r.labelled() > 0).allMatch(r -> r.recall() >= ARTICLE_RECALL_TARGET)
                && rows.stream().filter(r -> r.words() > 0)
                        .allMatch(r -> r.questions() * WORDS_PER_QUESTION_TARGET >= r.words())
                && placeChiSquare() <= CHI_SQUARE_CHANCE;
    }

    public String describe() {
        StringBuilder text = new StringBuilder(String.format("%-34s %6s %9s %12s %8s %6s %7s%n", "article", "words",
                "questions", "words/quest.", "labelled", "asked", "recall"));
        rows.forEach(row -> text.append(line(row)));
        text.append(line(total()));
        text.append(String.format("%nAnswer's place among sorted numeric choices (lowest first): %d / %d / %d / %d;"
                + " chi-square %.2f (chance: at most %.2f).%n", places[0], places[1], places[2], places[3],
                placeChiSquare(), CHI_SQUARE_CHANCE));
        text.append(String.format("Targets: recall at least %.0f%% overall and %.0f%% on every article, a question per"
                + " %d words, numeric places within chance: %s.%n", RECALL_TARGET * 100, ARTICLE_RECALL_TARGET * 100,
                WORDS_PER_QUESTION_TARGET, meetsTargets() ? "met" : "NOT met"));
        text.append("Precision is judged by reading the questions below: right answer, a prompt that names what it"
                + " asks, a quote that supports it, wrong choices of its kind that are not true.\n");
        if (!missed.isEmpty()) {
            text.append("\nLabelled facts that got no question:\n");
            missed.forEach(line -> text.append("  ").append(line).append('\n'));
        }
        text.append("\nQuestions (").append(questions.size()).append("):\n");
        for (BankQuestion q : questions) {
            text.append("  [").append(q.sources().get(0).article()).append("] ").append(q.category()).append('/')
                    .append(q.difficulty()).append(": ").append(q.prompt()).append("\n      → ").append(q.answer())
                    .append("   (wrong: ").append(String.join(" | ", q.wrong())).append(")\n");
        }
        return text.toString();
    }

    private static String line(Row row) {
        return String.format("%-34s %6d %9d %12s %8d %6d %7s%n", row.article(), row.words(), row.questions(),
                row.questions() == 0 ? "-" : String.valueOf(row.words() / row.questions()), row.labelled(),
                row.asked(), row.labelled() == 0 ? "-" : Math.round(row.recall() * 100) + "%");
    }
}
