package app.footnote.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

@QuarkusMainTest
@TestProfile(StartWithInvalidBankTest.InvalidBank.class)
class StartWithInvalidBankTest {

    public static class InvalidBank implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("invalid-start",
                    Map.of("footnote.bank.dir", BankFixtures.INVALID.toString()));
        }
    }

    @Test
    void startRefusesAnInvalidBankWithTheFullReport(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();

        assertEquals(1, result.exitCode());
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains("2 problem(s) in src/test/resources/bank-fixtures/invalid-bank"), output);
        assertTrue(output.contains("invalid-bank/regatta.yaml:4 question 'regatta-first-winner' field 'difficulty'"),
                output);
        assertTrue(output.contains("invalid-bank/regatta.yaml:7 question 'regatta-first-winner' field 'wrong'"),
                output);
    }
}
