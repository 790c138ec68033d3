package app.footnote.bank;

import java.util.Map;
import java.util.TreeMap;

/** How many questions the bank has per article, category and difficulty; a question counts once for each article it cites. */
public record BankStatistics(int questions, long drafts, Map<String, Long> byArticle, Map<String, Long> byCategory,
        Map<String, Long> byDifficulty) {

    public static BankStatistics of(Bank bank) {
        Map<String, Long> byArticle = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byDifficulty = new TreeMap<>();
        bank.articles().forEach(article -> byArticle.put(article.id(), 0L));
        for (BankQuestion question : bank.questions()) {
            question.sources().stream().map(BankSource::article).distinct()
                    .forEach(article -> byArticle.merge(article, 1L, Long::sum));
            byCategory.merge(question.category(), 1L, Long::sum);
            byDifficulty.merge(question.difficulty(), 1L, Long::sum);
        }
        long drafts = bank.questions().stream().filter(BankQuestion::draft).count();
        return new BankStatistics(bank.questions().size(), drafts, byArticle, byCategory, byDifficulty);
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(questions).append(" questions");
        text.append(drafts > 0 ? ", " + drafts + " of them drafts (not played until reviewed)\n" : "\n");
        byArticle.forEach((k, v) -> text.append("  article ").append(k).append(": ").append(v).append('\n'));
        byCategory.forEach((k, v) -> text.append("  category ").append(k).append(": ").append(v).append('\n'));
        byDifficulty.forEach((k, v) -> text.append("  difficulty ").append(k).append(": ").append(v).append('\n'));
        return text.toString();
    }
}
