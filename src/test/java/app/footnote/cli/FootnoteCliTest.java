package app.footnote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.footnote.FootnoteMain;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankValidator;
import app.footnote.bank.ProblemReport;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.testing.BadArticles;
import app.footnote.testing.HostileUploads;
import app.footnote.testing.Questions;
import app.footnote.testing.TakeoverStories;

class FootnoteCliTest {

    /** Far more than a bounded read needs; far less than the unbounded one took. */
    private static final Duration BOUNDED = Duration.ofSeconds(30);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int status = FootnoteMain.commandLine(new FootnoteMain()).setOut(outWriter).setErr(errWriter).execute(args);
        outWriter.flush();
        errWriter.flush();
        return status;
    }

    @Test
    void validateListsEveryProblemAndFails() {
        int status = run("bank", "validate", "src/test/resources/bank-fixtures/invalid-bank");

        assertEquals(1, status);
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("invalid-bank/regatta.yaml:4 question 'regatta-first-winner' field 'difficulty'"),
                report);
        assertTrue(report.contains("invalid-bank/regatta.yaml:7 question 'regatta-first-winner' field 'wrong'"),
                report);
        assertTrue(report.contains("2 problem(s)"), report);
    }

    @Test
    void validateOfTheShippedBankSucceedsAndCountsIt() {
        int status = run("bank", "validate");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("questions is valid."), summary);
        assertTrue(summary.contains("article 003_e706162e0d10076d: "), summary);
    }

    @Test
    void generateWritesDraftsWithMetadataFromFrontMatter(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("takeover.txt");
        Files.writeString(article, Questions.GENERATOR_ARTICLE.replace("outlet: Daily Ledger\n",
                "outlet: Daily Ledger\npublished: 2026-01-05\n"));
        Path drafts = dir.resolve("drafts.yaml");

        int status = run("generate", "--out", drafts.toString(), article.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<BankProblem> problems = new ArrayList<>();
        List<BankQuestion> questions = new BankReader().readQuestions(drafts, problems);
        assertEquals(List.of(), problems);
        assertTrue(questions.size() >= 3, questions.toString());
        assertTrue(questions.stream().allMatch(BankQuestion::draft));
        assertTrue(questions.stream().allMatch(q -> q.sources().get(0).article().equals("takeover")));
        assertTrue(questions.stream().allMatch(q -> q.explanation().contains("as Daily Ledger reported")),
                questions.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("draft question(s) from"));
    }

    @Test
    void generateTakesATitleFromTheIndexBesideTheArticle() {
        int status = run("generate", "questions/articles/000_5fea22154b954d84.txt");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        // The index gives this article a title and no outlet: the explanations name it by its title.
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("as “Star Trek: Picard renewed for season 2 ahead of"
                + " its premiere” reported"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void generateAttributesWhatTwoArticlesDisagreeOnAndReportsIt(@TempDir Path dir) throws IOException {
        // GIVEN two outlets giving two prices for one takeover
        Path ledger = dir.resolve("ledger.txt");
        Files.writeString(ledger, TakeoverStories.LEDGER);
        Path courier = dir.resolve("courier.txt");
        Files.writeString(courier, TakeoverStories.COURIER);

        // WHEN
        int status = run("generate", ledger.toString(), courier.toString());

        // THEN
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String drafts = out.toString(StandardCharsets.UTF_8);
        assertTrue(drafts.contains("According to Daily Ledger, ") && drafts.contains("According to Evening Courier, "),
                drafts);
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Articles disagree (1):\n  ") && report.contains("$2.4 billion in ledger")
                && report.contains("$2.1 billion in courier"), report);
    }

    @Test
    void generateReportPrintsRecallPerArticleAndEveryQuestion() {
        int status = run("generate", "report");

        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("article "), report);
        for (String article : List.of("000_5fea22154b954d84", "001_e15564d9f5fd413f", "002_51266bce6cc333c7",
                "003_e706162e0d10076d")) {
            assertTrue(report.contains(article), article + " in " + report);
        }
        assertTrue(report.contains("\nQuestions ("), report);
        // and where the possible questions not asked went, per article
        assertTrue(report.contains("\nLeft out (") && report.contains(" possible question(s), "), report);
        // The exit status says whether the targets are met, as the report does.
        assertEquals(report.contains("NOT met") ? 1 : 0, status, report);
    }

    @Test
    void mergeAddsOnlyNewDraftsKeepsHandEditsAndListsWhatItSkipped(@TempDir Path dir) throws IOException {
        Path bank = dir.resolve("bank");
        Files.createDirectories(bank.resolve("articles"));
        for (String file : List.of("articles/index.yaml", "articles/000_5fea22154b954d84.txt",
                "articles/001_e15564d9f5fd413f.txt", "articles/002_51266bce6cc333c7.txt",
                "articles/003_e706162e0d10076d.txt", "cast.yaml")) {
            Files.copy(Path.of("questions", file), bank.resolve(file));
        }

        assertEquals(0, run("generate", "merge", bank.toString()), err.toString(StandardCharsets.UTF_8));
        String first = out.toString(StandardCharsets.UTF_8);
        assertTrue(first.startsWith("Added ") && !first.startsWith("Added 0 "), first);
        // The drafts that ask what cast.yaml asks already, from the same sentence, are not added again.
        assertTrue(first.contains(": already asked by '"), first);
        Path generated = bank.resolve("generated.yaml");
        String edited = Files.readString(generated).replaceFirst("(?m)^    prompt: .*$",
                "    prompt: Which question did a moderator rewrite by hand?");
        Files.writeString(generated, edited);
        out.reset();

        assertEquals(0, run("generate", "merge", bank.toString()), err.toString(StandardCharsets.UTF_8));

        String second = out.toString(StandardCharsets.UTF_8);
        assertTrue(second.startsWith("Added 0 draft(s)") && second.contains(": kept as it is in "), second);
        assertEquals(edited, Files.readString(generated), "a second merge changes nothing, hand edits included");
        assertEquals(0, run("bank", "validate", bank.toString()), err.toString(StandardCharsets.UTF_8));
    }

    /** The valid fixture bank with one more question file, in a directory of its own. */
    private static Path bankWith(Path dir, String file, String yaml) throws IOException {
        Path fixture = Path.of("src/test/resources/bank-fixtures/valid");
        Files.createDirectories(dir.resolve("articles"));
        for (String name : List.of("regatta.yaml", "articles/index.yaml", "articles/harbour-regatta.txt")) {
            Files.copy(fixture.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve(file), yaml);
        return dir;
    }

    @Test
    void validateRefusesAnAliasNamingTheFileAndLineInAShortReport(@TempDir Path dir) throws IOException {
        Path bank = bankWith(dir, "bomb.yaml", HostileUploads.aliasBomb());

        int status = assertTimeoutPreemptively(BOUNDED, () -> run("bank", "validate", bank.toString()));

        assertEquals(1, status);
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("bomb.yaml:" + HostileUploads.ALIAS_BOMB_ANCHOR_LINE + ": anchors (&name) and"
                + " aliases (*name) are not allowed in bank files"), report);
        assertTrue(report.length() < 1_000, report.length() + " characters");
    }

    @Test
    void validateNamesTheWrongChoicesLimitOfAQuestionWithTwentyThousand(@TempDir Path dir) throws IOException {
        Path bank = bankWith(dir, "crowded.yaml", HostileUploads.manyWrongChoices(20_000));

        int status = assertTimeoutPreemptively(BOUNDED, () -> run("bank", "validate", bank.toString()));

        assertEquals(1, status);
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("question 'crowded' field 'wrong': has 20000 choices; at most "
                + BankValidator.MAX_WRONG + " are allowed"), report);
    }

    @Test
    void validateListsAtMostAHundredProblemsAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path bank = bankWith(dir, "long.yaml", HostileUploads.manyLongProblems(150));

        assertEquals(1, run("bank", "validate", bank.toString()));

        // A problem in each question, and another: it cites an article this bank does not have.
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(ProblemReport.MAX_LISTED + 2, lines.size(), String.join("\n", lines));
        assertEquals("… and " + (300 - ProblemReport.MAX_LISTED) + " more problem(s)",
                lines.get(ProblemReport.MAX_LISTED));
        assertTrue(lines.get(lines.size() - 1).startsWith("300 problem(s) in "), lines.get(lines.size() - 1));
        assertTrue(lines.stream().allMatch(line -> line.length() < 2 * BankProblem.MAX_SHOWN), "every line short");
    }

    @Test
    void generateFindsNothingToAskInAnArticleOfInitials(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("initials.txt");
        Files.writeString(article, HostileUploads.initials());

        int status = run("generate", article.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("0 draft question(s) from 0 fact(s)."));
    }

    @ParameterizedTest
    @MethodSource("app.footnote.testing.BadArticles#all")
    @DisplayName("A file that is no article in English gives no question and a line saying what is wrong with it")
    void generateSaysWhatIsWrongWithAFileThatIsNoArticle(BadArticles bad, @TempDir Path dir) throws IOException {
        // GIVEN
        Path file = dir.resolve(bad.name());
        Files.write(file, bad.bytes());

        // WHEN
        int status = run("generate", file.toString());

        // THEN no draft is written, the file is named with its problem, and nothing went wrong inside
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains(bad.problem()), report);
        assertTrue(report.contains(file.getFileName().toString().replaceFirst("\\.txt$", "")), report);
        assertFalse(report.contains("Exception") || report.contains("\tat "), report);
        assertTrue(status == 0 || status == 1, "exit status " + status);
        List<BankProblem> problems = new ArrayList<>();
        assertEquals(List.of(), new BankReader().readQuestions(writeDrafts(dir), problems), bad.name());
        assertEquals(List.of(), problems);
    }

    /** What {@code generate} printed on its output, as a file the bank reader can read (empty when it refused). */
    private Path writeDrafts(Path dir) throws IOException {
        Path drafts = dir.resolve("printed.yaml");
        String printed = out.toString(StandardCharsets.UTF_8);
        Files.writeString(drafts, printed.isEmpty() ? "questions: []\n" : printed);
        return drafts;
    }

    @Test
    void generateRefusesAnArticleOverTheSizeLimit(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("long.txt");
        Files.writeString(article, "a".repeat(GenerateQuestions.MAX_ARTICLE_CHARS + 1));

        assertEquals(1, run("generate", article.toString()));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains("long.txt:1: is 200001 characters; an article is"
                + " at most 200000"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandPrintsUsage() {
        assertEquals(2, run("bank", "import"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bank validate [DIR]"));
    }
}
