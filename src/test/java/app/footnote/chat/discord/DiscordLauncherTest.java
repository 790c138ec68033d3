package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.footnote.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DiscordLauncherTest {

    @Inject
    DiscordLauncher launcher;

    @Test
    void withoutATokenDiscordStaysOffAndSaysSoInOneLine() {
        try (LogCapture log = LogCapture.of(DiscordLauncher.class)) {
            launcher.connect();

            assertEquals(List.of(DiscordLauncher.OFF_MESSAGE), log.lines());
        }
    }
}
