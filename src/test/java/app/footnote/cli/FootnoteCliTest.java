package app.footnote.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FootnoteCliTest {

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
    void unknownCommandPrintsUsage() {
        assertEquals(2, run("bank", "import"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: bank validate"));
    }
}
