package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.footnote.testing.LogCapture;
import app.footnote.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a token Discord accepts: commands registered, listeners on, the invite URL logged, and a clean disconnect. */
@QuarkusTest
@TestProfile(DiscordStartStopTest.WithToken.class)
class DiscordStartStopTest {

    public static class WithToken implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("discord-on", Map.of("footnote.discord.token", "MTIz.accepted.token"));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(AcceptingDiscordLogin.class);
        }
    }

    @Inject
    DiscordLauncher launcher;
    @Inject
    DiscordConnection connection;

    @Test
    void startRegistersTheCommandsListensAndLogsTheInviteAndStopDisconnects() throws Exception {
        try (LogCapture log = LogCapture.of(DiscordLauncher.class)) {
            launcher.connect();

            DiscordApi api = AcceptingDiscordLogin.last.get(0);
            assertEquals(List.of(api), List.copyOf(connection.apis()));
            @SuppressWarnings("unchecked")
            ArgumentCaptor<Set<org.javacord.api.interaction.SlashCommandBuilder>> commands = ArgumentCaptor
                    .forClass(Set.class);
            verify(api).bulkOverwriteGlobalApplicationCommands(commands.capture());
            assertEquals(7, commands.getValue().size());
            verify(api).addSlashCommandCreateListener(any());
            verify(api).addMessageComponentCreateListener(any());
            verify(api).addAutocompleteCreateListener(any());
            verify(api).addModalSubmitListener(any());
            String invite = "https://discord.com/oauth2/authorize?client_id=" + AcceptingDiscordLogin.CLIENT_ID
                    + "&scope=bot+applications.commands&permissions=274877991936";
            assertTrue(log.lines().contains("Discord is on as Footnote. Invite the bot with " + invite),
                    log.lines().toString());

            launcher.onStop(null);

            verify(api).disconnect();
            assertTrue(connection.apis().isEmpty());
        }
    }
}
