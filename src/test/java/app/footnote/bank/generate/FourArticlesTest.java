package app.footnote.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankProblem;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankReader;
import app.footnote.bank.BankValidator;

/** The whole pipeline on the four seed articles, measured against the facts labelled by hand. */
class FourArticlesTest {

    private static final Path BANK = Path.of("questions");

    private final List<BankArticle> articles = new BankReader().readArticles(BANK.resolve("articles"),
            new ArrayList<BankProblem>());
    private final Generation generation = new GenerateQuestions().generate(articles);

    @Test
    void everyQuestionPassesTheBankValidatorAndNoneWasDropped() {
        assertTrue(generation.questions().size() >= 40, generation.questions().size() + " questions");
        assertEquals(List.of(), new BankValidator().validate(new Bank(articles, generation.questions(), List.of())));
        assertTrue(generation.skipped().stream().noneMatch(line -> line.contains(" field ")), generation.skipped()
                .toString());
    }

    @Test
    void precisionAndRecallReachTheirTargets() throws IOException {
        QualityReport report = QualityReport.measure(generation,
                FactLabels.read(BANK.resolve("labels").resolve("facts.yaml")));

        assertTrue(report.total().precision() >= QualityReport.PRECISION_TARGET, report.describe());
        assertTrue(report.total().recall() >= QualityReport.RECALL_TARGET, report.describe());
    }

    @Test
    void theYearsAfterNemesisAreOnlyAskedAsEachArticlesClaim() {
        List<BankQuestion> yearsAfter = generation.questions().stream()
                .filter(q -> q.prompt().contains("years after the events of Star Trek: Nemesis")).toList();

        assertEquals(List.of("20 years", "18 years"), yearsAfter.stream().map(BankQuestion::answer).toList());
        yearsAfter.forEach(q -> assertTrue(q.prompt().startsWith("According to “"), q.prompt()));
        assertTrue(generation.conflicts().stream().anyMatch(line -> line.startsWith("years-after of Star Trek: "
                + "Nemesis: 20 years in 000_5fea22154b954d84, 002_51266bce6cc333c7")), generation.conflicts()
                .toString());
    }

    @Test
    void theListedReleaseDateIsReportedAgainstThePremiereAndNeverAsked() {
        assertTrue(generation.conflicts().stream().anyMatch(line -> line.startsWith("premiere-date of Star Trek: "
                + "Picard: January 23, 2020") && line.contains("February 13, 2020 in 002_51266bce6cc333c7 — left out")),
                generation.conflicts().toString());
        assertTrue(generation.questions().stream().noneMatch(q -> q.answer().equals("February 13, 2020")));
    }

    @Test
    void aFactSeveralArticlesStateCitesEachOfThem() {
        BankQuestion lead = generation.questions().stream().filter(q -> q.id().equals("jean-luc-picard-actor"))
                .findFirst().orElseThrow();

        assertEquals("Who plays Jean-Luc Picard in Star Trek: Picard?", lead.prompt());
        assertEquals(3, lead.sources().size());
    }

    @Test
    void theSameArticlesAlwaysGiveTheSameQuestions() {
        assertEquals(generation.questions(), new GenerateQuestions().generate(articles).questions());
    }
}
