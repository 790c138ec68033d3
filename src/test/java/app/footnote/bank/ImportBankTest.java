package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ImportBankTest.EmptyDatabase.class)
class ImportBankTest {

    /** A database of its own, with nothing imported at start, so each test sees only the fixture bank. */
    public static class EmptyDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("import-test", Map.of("footnote.bank.import-at-start", "false"));
        }
    }

    @Inject
    ImportBank importBank;

    private final Bank valid = new BankReader().read(BankFixtures.VALID);

    @BeforeEach
    void startFromTheValidFixture() {
        importBank.importBank("fixture", valid);
    }

    @Test
    void importingTheSameBankTwiceChangesNothing() {
        Map<String, String> before = snapshot();

        ImportResult again = importBank.importBank("fixture", valid);

        assertEquals(new ImportResult(0, 0, 0, 4, 0, 0), again);
        assertEquals(before, snapshot());
    }

    @Test
    void changedQuestionIsUpdatedInPlaceKeepingItsIdentity() {
        long idBefore = databaseId("regatta-first-winner");
        Bank edited = edit(valid, "regatta-first-winner", "Which schooner won the first race?");

        ImportResult result = importBank.importBank("edited", edited);

        assertEquals(new ImportResult(0, 1, 0, 3, 0, 0), result);
        assertEquals(idBefore, databaseId("regatta-first-winner"));
        assertTrue(snapshot().get("regatta-first-winner").startsWith("Which schooner won the first race?"));
    }

    @Test
    void acceptedAnswersAreStoredWithTheQuestionAndExportedAgain() throws IOException {
        List<String> stored = QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(Question.findBySlug("regatta-first-winner").acceptedAnswers));
        assertEquals(List.of("The schooner Gull"), stored);

        BankQuestion exported = QuarkusTransaction.requiringNew()
                .call(() -> Question.findBySlug("regatta-first-winner").toBank());
        Path file = Files.createTempFile("exported", ".yaml");
        Files.writeString(file, new BankWriter().write(List.of(exported)));
        List<BankProblem> problems = new ArrayList<>();
        assertEquals(List.of("The schooner Gull"), new BankReader().readQuestions(file, problems).get(0).accept());
        assertEquals(List.of(), problems);

        Bank moreAccepted = new Bank(valid.articles(), valid.questions().stream()
                .map(q -> q.id().equals("regatta-first-winner") ? q.withAccept(List.of("The schooner Gull", "Gul"))
                        : q)
                .toList(), List.of());
        assertEquals(new ImportResult(0, 1, 0, 3, 0, 0), importBank.importBank("accepting", moreAccepted));
        assertEquals(List.of("The schooner Gull", "Gul"), QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(Question.findBySlug("regatta-first-winner").acceptedAnswers)));
    }

    @Test
    void questionRemovedFromTheFilesIsRetiredNotDeletedAndComesBackWhenRestored() {
        Bank without = new Bank(valid.articles(),
                valid.questions().stream().filter(q -> !q.id().equals("regatta-boats")).toList(), List.of());

        assertEquals(new ImportResult(0, 0, 1, 3, 0, 0), importBank.importBank("fewer", without));
        assertTrue(snapshot().get("regatta-boats").endsWith("retired"));

        assertEquals(new ImportResult(0, 1, 0, 3, 0, 0), importBank.importBank("restored", valid));
        assertTrue(snapshot().get("regatta-boats").endsWith("active"));
    }

    @Test
    void invalidBankImportsNothingAndReportsEveryProblem() {
        Map<String, String> before = snapshot();

        InvalidBankException error = assertThrows(InvalidBankException.class,
                () -> importBank.importBank("invalid", new BankReader().read(BankFixtures.INVALID)));

        assertEquals(2, error.report().total(), error::getMessage);
        assertTrue(error.getMessage().startsWith("2 problem(s) in invalid, nothing was imported:"));
        assertEquals(before, snapshot());
    }

    /** Each question's state as a user could see it: prompt, difficulty, whether it is asked, when it changed. */
    private static Map<String, String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> rows = new TreeMap<>();
            Question.<Question>listAll().forEach(q -> rows.put(q.slug, q.prompt + " | " + q.difficulty + " | "
                    + q.wrongChoices + " | " + q.updatedAt + " | " + (q.retired ? "retired" : "active")));
            return rows;
        });
    }

    private static long databaseId(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Question.findBySlug(slug).id);
    }

    private static Bank edit(Bank bank, String id, String prompt) {
        return new Bank(bank.articles(), bank.questions().stream()
                .map(q -> !q.id().equals(id) ? q
                        : new BankQuestion(q.file(), q.line(), q.id(), q.category(), q.difficulty(), prompt,
                                q.answer(), q.wrong(), q.accept(), q.explanation(), q.sources(), q.fieldLines(),
                                q.draft()))
                .toList(), List.of());
    }
}
