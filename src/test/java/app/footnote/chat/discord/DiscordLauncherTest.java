package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DiscordLauncherTest {

    @Inject
    DiscordLauncher launcher;

    @Test
    void withoutATokenDiscordStaysOffAndSaysSoInOneLine() {
        List<String> lines = new ArrayList<>();
        Logger logger = Logger.getLogger(DiscordLauncher.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            launcher.onStart(null);
        } finally {
            logger.removeHandler(capture);
        }

        assertEquals(List.of(DiscordLauncher.OFF_MESSAGE), lines);
    }
}
