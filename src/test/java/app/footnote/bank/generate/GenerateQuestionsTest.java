package app.footnote.bank.generate;

import static app.footnote.bank.generate.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Bank;
import app.footnote.bank.BankArticle;
import app.footnote.bank.BankQuestion;
import app.footnote.bank.BankSource;
import app.footnote.bank.BankValidator;
import app.footnote.bank.TextMatch;

/** Questions from small articles written for the purpose: sources, wrong choices, conflicts and the fallback. */
class GenerateQuestionsTest {

    private final GenerateQuestions generator = new GenerateQuestions();

    private static Optional<BankQuestion> asking(Generation generation, String answer) {
        return generation.questions().stream().filter(q -> q.answer().equals(answer)).findFirst();
    }

    private static BankQuestion question(Generation generation, String answer) {
        return asking(generation, answer).orElseThrow(() -> new AssertionError("no question answered '" + answer
                + "' in " + generation.questions().stream().map(BankQuestion::prompt).toList()));
    }

    @Test
    void theSameFactInTwoArticlesIsOneQuestionCitingBoth() {
        List<BankArticle> articles = List.of(
                article("one", "The series premiered on March 5, 2026, on Paramount Plus."),
                article("two", "Galaxy Quest: Rebirth premiered on 5 March 2026; critics were kind."));

        Generation generation = generator.generate(articles);

        BankQuestion premiere = question(generation, "March 5, 2026");
        assertEquals("When did Galaxy Quest: Rebirth premiere?", premiere.prompt());
        assertEquals(List.of("one", "two"), premiere.sources().stream().map(BankSource::article).toList());
        assertEquals(List.of("The series premiered on March 5, 2026, on Paramount Plus.",
                "Galaxy Quest: Rebirth premiered on 5 March 2026; critics were kind."),
                premiere.sources().stream().map(BankSource::quote).toList());
        assertEquals(List.of(), generation.conflicts());
    }

    @Test
    void articlesThatDisagreeAreReportedAndEachClaimIsAttributed() {
        List<BankArticle> articles = List.of(
                article("one", "The show is set about thirty years after the events of 1999's Galaxy Quest."),
                article("two", "The series takes place 28 years after the events seen in ‘Galaxy Quest’, we hear."));

        Generation generation = generator.generate(articles);

        assertEquals(1, generation.conflicts().size(), generation.conflicts().toString());
        assertTrue(generation.conflicts().get(0).startsWith("years-after of Galaxy Quest: 30 years in one"),
                generation.conflicts().get(0));
        BankQuestion thirty = question(generation, "30 years");
        BankQuestion twentyEight = question(generation, "28 years");
        assertEquals("According to “About one”, how many years after the events of Galaxy Quest is Galaxy Quest: "
                + "Rebirth set?", thirty.prompt());
        assertTrue(twentyEight.prompt().startsWith("According to “About two”, "), twentyEight.prompt());
        assertFalse(thirty.wrong().contains("28 years"), "the other article's claim is never a wrong choice");
        assertFalse(twentyEight.wrong().contains("30 years"), twentyEight.wrong().toString());
        assertTrue(thirty.explanation().contains("Other articles disagree: “About two” says 28 years."),
                thirty.explanation());
    }

    @Test
    void anArticleThatContradictsItselfIsNoSourceForEitherValue() {
        List<BankArticle> articles = List.of(
                article("one", "The series premiered on March 5, 2026, on Paramount Plus."),
                article("two", "Galaxy Quest: Rebirth premiered on 5 March 2026; critics were kind.\n"
                        + "- Release Date: 19 March 2026."));

        Generation generation = generator.generate(articles);

        assertEquals(List.of("premiere-date of Galaxy Quest: Rebirth: March 5, 2026 in one, two — asked as the claim"
                + " of “About one”; March 19, 2026 in two — left out: only an article that also states another value"
                + " says so"), generation.conflicts());
        BankQuestion premiere = question(generation, "March 5, 2026");
        assertEquals(List.of("one"), premiere.sources().stream().map(BankSource::article).toList());
        assertTrue(premiere.prompt().startsWith("According to “About one”, when did"), premiere.prompt());
        assertTrue(asking(generation, "March 19, 2026").isEmpty());
    }

    @Test
    void wrongChoicesAreOfTheAnswersKindFromTheSameArticleFirst() {
        List<BankArticle> articles = List.of(article("one", "Season 2 has already been allocated $31.5 million in "
                + "Georgia film credits for filming, more than season 1 was granted ($18 million)."));

        Generation generation = generator.generate(articles);

        BankQuestion seasonTwo = question(generation, "$31.5 million");
        assertEquals("How much in Georgia film credits was season 2 of Galaxy Quest: Rebirth allocated?",
                seasonTwo.prompt());
        assertEquals("$18 million", seasonTwo.wrong().get(0), "the other amount in the article comes first");
        assertTrue(seasonTwo.wrong().stream().allMatch(w -> w.matches("\\$[\\d.]+ million")), seasonTwo.wrong()
                .toString());
    }

    @Test
    void madeUpChoicesAreNearTheAnswerAndOfItsFormat() {
        Generation generation = generator.generate(List.of(article("one",
                "The series received a 91% approval rating with an average rating of 8.1/10.\n"
                        + "Filming began in Georgia in October 2024; the title came later.")));

        assertTrue(question(generation, "91%").wrong().stream()
                .allMatch(w -> w.matches("\\d+%") && Integer.parseInt(w.replace("%", "")) <= 100));
        assertTrue(question(generation, "8.1/10").wrong().stream().allMatch(w -> w.matches("\\d\\.\\d/10")));
        assertTrue(question(generation, "October 2024").wrong().stream().allMatch(w -> w.matches("[A-Z][a-z]+ 20\\d\\d")));
        assertTrue(Gazetteer.NAMES.get(Kind.REGION).containsAll(question(generation, "Georgia").wrong()),
                "a state's wrong choices are states");
    }

    @Test
    void aValueTrueForTheSubjectAnywhereIsNeverAWrongChoice() {
        List<BankArticle> articles = List.of(
                article("one", "- Tim Allen as Jason Nesmith\n- Sigourney Weaver as Gwen DeMarco\n"
                        + "- Alan Rickman as Alexander Dane\n- Tony Shalhoub as Fred Kwan\n- Sam Rockwell as Guy"),
                article("two", "It stars a new cast, with Tim Allen reprising his role as Commander Peter Quincy "
                        + "Taggart, better known as Jason Nesmith."));

        Generation generation = generator.generate(articles);

        for (BankQuestion cast : generation.questions().stream().filter(q -> q.prompt().startsWith("Who plays"))
                .toList()) {
            assertFalse(cast.wrong().contains(cast.answer()), cast.toString());
            assertTrue(cast.wrong().stream().noneMatch(w -> cast.prompt().contains("Nesmith") && w.equals("Tim Allen")));
        }
    }

    @Test
    void aChoiceThePromptNamesIsNeverOffered() {
        Generation generation = generator.generate(List.of(article("one", "Nesmith asked Kwan to make a detour to "
                + "the planet Thermia, where he helped rescue survivors before the attack on Mars.")));

        BankQuestion planet = question(generation, "Thermia");
        assertTrue(planet.prompt().contains("Mars"));
        assertFalse(planet.wrong().contains("Mars"), planet.wrong().toString());
    }

    @Test
    void aListAsksForOneMemberWithOutsidersAsWrongChoices() {
        Generation generation = generator.generate(List.of(article("one",
                "Dean Parisot, Robert Gordon, and David Howard are the creators of the series.\n"
                        + "- Producer(s): Mark Johnson, Charles Newirth, and Elizabeth Cantillon.")));

        BankQuestion creators = question(generation, "Dean Parisot");
        assertEquals("Who is one of the creators of Galaxy Quest: Rebirth?", creators.prompt());
        assertEquals(List.of("Mark Johnson", "Charles Newirth", "Elizabeth Cantillon"), creators.wrong());
        assertTrue(creators.explanation().contains("Dean Parisot, Robert Gordon and David Howard"));
    }

    @Test
    void aQuestionWithTooFewWrongChoicesIsLeftOutAndSaysWhy() {
        // An article that cites no outlet: not even a company of a related kind to offer.
        Generation generation = generator.generate(List.of(new BankArticle("one", "About one", null, null, List.of(),
                "Galaxy Quest: Rebirth, Galaxy Quest: Rebirth.\n- Distributor: Paramount Television.")));

        assertTrue(asking(generation, "Paramount Television").isEmpty());
        assertTrue(generation.skipped().stream().anyMatch(line -> line.startsWith("distributor of Galaxy Quest: "
                + "Rebirth = Paramount Television: fewer than 3 wrong choices")), generation.skipped().toString());
    }

    @Test
    void aSentenceThatStandsOnItsOwnBecomesAFillInTheBlank() {
        Generation generation = generator.generate(List.of(article("one",
                "The Thermian fleet numbered 120 vessels before the war.\n"
                        + "They had 80 ships left after the war.")));

        BankQuestion blank = question(generation, "120 vessels");
        assertEquals("Fill in the blank: “The Thermian fleet numbered _____ before the war.”", blank.prompt());
        assertTrue(blank.wrong().stream().allMatch(w -> w.endsWith(" vessels")), blank.wrong().toString());
        assertTrue(asking(generation, "80 ships").isEmpty(), "a sentence that leans on another is not a blank");
    }

    @Test
    void everyQuestionIsADraftThatPassesTheValidatorAndQuotesItsArticleWithTheAnswer() {
        List<BankArticle> articles = List.of(
                article("one", "The series premiered on March 5, 2026, on Paramount Plus.\n"
                        + "- Tim Allen as Jason Nesmith\n- Sigourney Weaver as Gwen DeMarco\n"
                        + "- Alan Rickman as Alexander Dane\n- Tony Shalhoub as Fred Kwan"),
                article("two", "The first season released with eight episodes."));

        Generation generation = generator.generate(articles);

        assertTrue(generation.questions().size() >= 5, generation.questions().toString());
        assertEquals(List.of(), new BankValidator().validate(new Bank(articles, generation.questions(), List.of())));
        for (BankQuestion question : generation.questions()) {
            assertTrue(question.draft(), question.id());
            for (BankSource source : question.sources()) {
                String text = articles.stream().filter(a -> a.id().equals(source.article())).findFirst()
                        .orElseThrow().text();
                assertTrue(text.contains(source.quote()), source.quote());
                assertTrue(TextMatch.containsAnswer(source.quote(), question.answer()), question.id());
            }
        }
    }
}
