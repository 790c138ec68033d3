package app.footnote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankValidator;
import app.footnote.bank.ProblemReport;
import app.footnote.bank.generate.GenerateQuestions;
import app.footnote.testing.HostileUploads;

class FootnoteCliTest {

    /** Far more than a bounded read needs; far less than the unbounded one took. */
    private static final Duration BOUNDED = Duration.ofSeconds(30);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FootnoteCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
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
        Path article = dir.resolve("rebirth.txt");
        Files.writeString(article, """
                ---
                title: Galaxy Quest returns
                outlet: Variety
                published: 2026-01-05
                ---
                Galaxy Quest: Rebirth premiered on March 5, 2026, on Paramount Plus.
                Galaxy Quest: Rebirth is set about thirty years after the events of 1999's Galaxy Quest.
                """);
        Path drafts = dir.resolve("drafts.yaml");

        int status = run("generate", "--out", drafts.toString(), article.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<BankProblem> problems = new ArrayList<>();
        List<BankQuestion> questions = new BankReader().readQuestions(drafts, problems);
        assertEquals(List.of(), problems);
        assertTrue(questions.size() >= 3, questions.toString());
        assertTrue(questions.stream().allMatch(BankQuestion::draft));
        assertTrue(questions.stream().allMatch(q -> q.sources().get(0).article().equals("rebirth")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("draft question(s) from"));
    }

    @Test
    void generateTakesTitlesFromTheIndexBesideTheArticlesAndAttributesWhatTheyDisagreeOn() {
        int status = run("generate", "questions/articles/000_5fea22154b954d84.txt",
                "questions/articles/003_e706162e0d10076d.txt");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("According to “Patrick Stewart on the second season"
                + " of Star Trek: Picard”, how many years after the events of Star Trek: Nemesis"), out.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Articles disagree (1):\n  years-after of Star Trek:"
                + " Nemesis: 20 years in 000_5fea22154b954d84"), err.toString());
    }

    @Test
    void generateReportPrintsPrecisionAndRecallPerRelation() {
        int status = run("generate", "report");

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertTrue(report.startsWith("relation "), report);
        assertTrue(report.lines().anyMatch(line -> line.matches("actor +7 +7 +100% +7 +7 +100%")), report);
        assertTrue(report.contains("Targets: precision at least 90%, recall at least 70%: met."), report);
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
        assertTrue(first.contains("jean-luc-picard-actor: already asked by 'picard-lead-actor'"), first);
        assertTrue(first.contains("agnes-jurati-actor: kept as it is in"), first);
        Path generated = bank.resolve("generated.yaml");
        String edited = Files.readString(generated).replace("Who plays Narek in Star Trek: Picard?",
                "Which actor plays the Romulan spy Narek?");
        Files.writeString(generated, edited);
        out.reset();

        assertEquals(0, run("generate", "merge", bank.toString()), err.toString(StandardCharsets.UTF_8));

        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Added 0 draft(s)"), out.toString());
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
    void generateReadsAnArticleOfInitialsInSeconds(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("initials.txt");
        Files.writeString(article, HostileUploads.initials());

        int status = assertTimeoutPreemptively(BOUNDED, () -> run("generate", article.toString()));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("0 draft question(s) from 0 fact(s)."));
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
