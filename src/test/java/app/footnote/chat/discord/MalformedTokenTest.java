package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.footnote.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Something pasted into DISCORD_TOKEN that cannot be a bot token is refused before any connection is tried. */
@QuarkusMainTest
@TestProfile(MalformedTokenTest.PastedWrongThing.class)
class MalformedTokenTest {

    public static class PastedWrongThing implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // The application's public key from the portal's General Information page: a common mix-up.
            return TestDatabase.ofItsOwn("malformed-token",
                    Map.of("footnote.discord.token",
                            "8f3c1a9e0b7d4c2f8e6a5b3c1d9e7f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"));
        }
    }

    @Test
    void aValueThatIsNotABotTokenExitsWithOneClearLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();

        assertEquals(1, result.exitCode());
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains(DiscordLauncher.MALFORMED_MESSAGE), output);
        assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    }
}
