package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankValidatorTest {

    private final BankValidator validator = new BankValidator();

    @Test
    void validFixtureHasNoProblems() {
        assertEquals(List.of(), validator.validate(new BankReader().read(BankFixtures.VALID)));
    }

    @DisplayName("each broken fixture is reported once, with its line, question and field")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            missing-answer.yaml        | 2  | regatta-first-winner | answer             | is required
            unknown-field.yaml         | 8  | regatta-first-winner | explaination       | unknown field
            duplicate-field.yaml       | 7  | regatta-first-winner | answer             | the field is given twice
            wrong-not-a-list.yaml      | 7  | regatta-first-winner | wrong              | must be a list
            bad-id.yaml                | 2  | Regatta_Winner       | id                 | must be kebab-case
            bad-difficulty.yaml        | 4  | regatta-first-winner | difficulty         | 'expert' is not one of easy, medium, hard
            too-few-wrong.yaml         | 7  | regatta-first-winner | wrong              | has 2 choices; at least 3 are needed
            repeated-choice.yaml       | 7  | regatta-first-winner | wrong[1]           | repeats answer
            long-choice.yaml           | 7  | regatta-first-winner | wrong[2]           | is 81 characters; a choice is at most 80
            long-prompt.yaml           | 5  | regatta-first-winner | prompt             | is 301 characters; at most 300
            long-explanation.yaml      | 8  | regatta-first-winner | explanation        | is 1001 characters; at most 1000
            prompt-gives-answer.yaml   | 5  | regatta-first-winner | prompt             | gives away the answer 'Gull'
            unknown-article.yaml       | 10 | regatta-first-winner | sources[0].article | no article 'harbour-regata'
            quote-not-in-article.yaml  | 10 | regatta-first-winner | sources[0].quote   | is not found word for word in harbour-regatta
            quote-without-answer.yaml  | 10 | regatta-first-winner | sources[0].quote   | does not contain the answer 'Gull'
            duplicate-id.yaml          | 12 | regatta-first-winner | id                 | is already used at src/test/resources/bank-fixtures/broken/duplicate-id.yaml:2
            duplicate-prompt.yaml      | 15 | regatta-winner-again | prompt             | is the same as question 'regatta-first-winner'
            accept-repeats-answer.yaml | 8  | regatta-first-winner | accept[1]          | '  GULL ' repeats answer
            accept-wrong-choice.yaml   | 8  | regatta-first-winner | accept[1]          | 'Tern!' is the wrong choice wrong[0]; a wrong choice is never accepted
            long-accept.yaml           | 8  | regatta-first-winner | accept[0]          | is 81 characters; at most 80
            accept-not-a-list.yaml     | 8  | regatta-first-winner | accept             | must be a list
            """)
    void brokenFixtureIsReportedPrecisely(String file, int line, String id, String field, String message) {
        List<BankProblem> problems = validator.validate(BankFixtures.withBrokenFile(file));

        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        BankProblem problem = problems.get(0);
        assertEquals("src/test/resources/bank-fixtures/broken/" + file, problem.file());
        assertEquals(line, problem.line(), problem::toString);
        assertEquals(id, problem.questionId());
        assertEquals(field, problem.field());
        assertTrue(problem.message().contains(message), problem::toString);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        List<BankProblem> problems = validator.validate(BankFixtures.withBrokenFile("not-yaml.yaml"));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("not valid YAML"), problems::toString);
        assertEquals(8, problems.get(0).line(), problems::toString);
    }

    @Test
    void fileWithoutQuestionsListNamesTheMisspeltKey() {
        List<String> problems = validator.validate(BankFixtures.withBrokenFile("no-questions-list.yaml")).stream()
                .map(BankProblem::toString).toList();

        assertEquals(List.of(
                "src/test/resources/bank-fixtures/broken/no-questions-list.yaml:1 field 'question': unknown field"
                        + " (expected one of [questions])",
                "src/test/resources/bank-fixtures/broken/no-questions-list.yaml:1 field 'questions': the file must"
                        + " have a 'questions:' list"),
                problems);
    }

    @Test
    void anIdWrittenAsNullIsMissingNotTheWordNull() {
        List<BankProblem> problems = new ArrayList<>();
        List<BankQuestion> questions = new BankReader().readQuestions("form", "questions:\n  - id: null\n"
                + "    category: crew\n", problems);

        assertEquals(null, questions.get(0).id());
        assertTrue(validator.validate(new Bank(List.of(), questions, problems)).stream()
                .anyMatch(p -> "id".equals(p.field()) && p.message().equals("is required")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = validator.validate(new BankReader().read(BankFixtures.INVALID)).stream()
                .map(BankProblem::toString).toList();

        assertEquals(List.of(
                "src/test/resources/bank-fixtures/invalid-bank/regatta.yaml:4 question 'regatta-first-winner' field"
                        + " 'difficulty': 'legendary' is not one of easy, medium, hard",
                "src/test/resources/bank-fixtures/invalid-bank/regatta.yaml:7 question 'regatta-first-winner' field"
                        + " 'wrong': has 2 choices; at least 3 are needed"),
                problems);
    }

    @Test
    void articleIndexProblemsAreAllReported() {
        List<String> problems = validator.validate(new BankReader().read(BankFixtures.ROOT.resolve("broken-articles")))
                .stream().map(BankProblem::toString).toList();

        String index = "src/test/resources/bank-fixtures/broken-articles/articles/index.yaml";
        assertEquals(List.of(
                index + ":2 question 'harbour-regatta' field 'title': is required",
                index + ":3 question 'harbour-regatta' field 'published': not a date in the form 2020-06-12",
                index + ":4 question 'missing-file' field 'id': no article file"
                        + " src/test/resources/bank-fixtures/broken-articles/articles/missing-file.txt",
                index + ":1: article unindexed.txt has no entry in the index"),
                problems);
    }
}
