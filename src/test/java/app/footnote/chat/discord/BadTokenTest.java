package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.footnote.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** A token Discord refuses stops the bot with one line that says what to fix, and no stack trace. */
@QuarkusMainTest
@TestProfile(BadTokenTest.RefusedToken.class)
class BadTokenTest {

    public static class RefusedToken implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("bad-token", Map.of("footnote.discord.token", "MTIz.not-a-real.token"));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RefusingDiscordLogin.class);
        }
    }

    @Test
    void aRefusedTokenExitsWithOneClearLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();

        assertEquals(1, result.exitCode());
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains(String.format(DiscordLauncher.LOGIN_FAILED_MESSAGE,
                "Websocket closed before READY packet was received!")), output);
        assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    }
}
