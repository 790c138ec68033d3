package app.footnote.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test banks under {@code src/test/resources/bank-fixtures/}. */
final class BankFixtures {

    static final Path ROOT = Path.of("src/test/resources/bank-fixtures");
    static final Path VALID = ROOT.resolve("valid");
    static final Path INVALID = ROOT.resolve("invalid-bank");
    static final Path SHIPPED = Path.of("questions");

    private BankFixtures() {
    }

    /** The valid fixture's articles with one question file from {@code broken/}. */
    static Bank withBrokenFile(String name) {
        List<BankProblem> problems = new ArrayList<>();
        BankReader reader = new BankReader();
        List<BankArticle> articles = reader.readArticles(VALID.resolve(BankReader.ARTICLES_DIR), problems);
        List<BankQuestion> questions = reader.readQuestions(ROOT.resolve("broken").resolve(name), problems);
        return new Bank(articles, questions, problems);
    }
}
