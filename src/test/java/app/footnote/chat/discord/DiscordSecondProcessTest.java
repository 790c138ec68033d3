package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.Test;

import app.footnote.chat.local.LocalPlay;
import app.footnote.game.Origin;
import app.footnote.game.Reveal;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.testing.LogCapture;
import app.footnote.testing.TestClock;
import app.footnote.testing.TestDatabase;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The second of two processes of a bot with 4 shards: it runs shards 2 and 3, leaves the commands to shard 0's
 * process, and reveals only its own servers' rounds; local play is not its (a token is set).
 */
@QuarkusTest
@TestProfile(DiscordSecondProcessTest.ShardsTwoAndThree.class)
class DiscordSecondProcessTest {

    public static class ShardsTwoAndThree implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("second-process", Map.of("footnote.discord.token", "MTIz.accepted.token",
                    "footnote.discord.shard-count", "4", "footnote.discord.shards", "2-3"));
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
    @Inject
    LocalPlay localPlay;
    @Inject
    StartRound startRound;
    @Inject
    RevealRound revealRound;
    @InjectMock
    ChannelMessages channelMessages;

    /** A server id on the given shard of 4. */
    private static String serverOn(int shard) {
        return String.valueOf((1_000_000_000_000L + shard) << 22 | 77);
    }

    @Test
    void itLogsInItsShardsOnlyAndLeavesTheCommandsToShardZero() {
        try (LogCapture log = LogCapture.of(DiscordLauncher.class)) {
            assertTrue(launcher.connect());

            Map<Integer, DiscordApi> apis = AcceptingDiscordLogin.last;
            assertEquals(List.of(2, 3), List.copyOf(apis.keySet()));
            for (DiscordApi api : apis.values()) {
                verify(api, never()).bulkOverwriteGlobalApplicationCommands(any());
                verify(api).addSlashCommandCreateListener(any());
            }
            assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("Discord is on as Footnote (shards"
                    + " [2, 3] of 4). Invite the bot with https://discord.com/oauth2/authorize?")), log.lines()
                            .toString());
            assertFalse(localPlay.enabled());
        }
    }

    @Test
    void itRevealsTheRoundsOfItsShardsServersAndLeavesTheOthers() {
        assertTrue(launcher.connect());
        when(channelMessages.send(any(), any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        RoundView mine = open(serverOn(3));
        RoundView theirs = open(serverOn(0));
        TestClock.NOW.set(mine.closesAt().isAfter(theirs.closesAt()) ? mine.closesAt() : theirs.closesAt());

        List<Reveal> revealed = revealRound.revealDue();

        assertEquals(List.of(mine.id()), revealed.stream().map(Reveal::roundId).toList());
        // Posted through the connection of the shard the server is on, off the reveal's thread.
        verify(channelMessages, timeout(5_000)).send(eq(AcceptingDiscordLogin.last.get(3)), eq("quiz"), any());
    }

    private RoundView open(String server) {
        return assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.DISCORD, server, "quiz"))).round();
    }
}
