package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.javacord.api.DiscordApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.daily.DailyPost;
import app.footnote.daily.DailyPosted;
import app.footnote.daily.DailySchedules;
import app.footnote.daily.PostDailyQuestions;
import app.footnote.daily.ScheduleRequest;
import app.footnote.game.GameConfig;
import app.footnote.game.Origin;
import app.footnote.game.RevealRound;
import app.footnote.game.Round;
import app.footnote.game.RoundFacts;
import app.footnote.game.RoundRevealed;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.game.ThisProcess;
import app.footnote.score.ScoreTotals;
import app.footnote.testing.TestClock;
import app.footnote.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Two bot processes, shards 0 and 1 of 2, on one database: each reveals the rounds and posts the daily question of
 * its own shard's server, exactly once, and a process that comes back after a stop catches up with what its server
 * missed. The two processes are two sets of the services that act on their own (reveal, daily post), each with its
 * own connection to its shard, in one JVM on one database; Discord is a mock connection per shard, and what each
 * process would send is recorded from the events it fires. The shard filter is the real one.
 */
@QuarkusTest
@TestProfile(ShardedProcessesTest.OwnDatabase.class)
class ShardedProcessesTest {

    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabase.ofItsOwn("sharded-processes");
        }
    }

    /** Two new servers whose ids' timestamp parts are even and odd: on shard 0 and on shard 1 of 2. */
    private final long timestamp = ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L) & ~1L;
    private final String onShard0 = String.valueOf(timestamp << 22 | 4_242);
    private final String onShard1 = String.valueOf((timestamp + 1) << 22 | 4_242);

    @Inject
    Clock clock;
    @Inject
    RoundFacts roundFacts;
    @Inject
    ScoreTotals scoreTotals;
    @Inject
    EntityManager em;
    @Inject
    StartRound startRound;
    @Inject
    DailySchedules schedules;
    @Inject
    GameConfig gameConfig;

    /** One process: its connection to its shard, and the services that act for it on a schedule. */
    private final class BotProcess {

        final List<String> revealedIn = new CopyOnWriteArrayList<>();
        final List<String> postedIn = new CopyOnWriteArrayList<>();
        final RevealRound revealRound;
        final PostDailyQuestions postDaily;

        BotProcess(int shard) {
            DiscordConnection connection = new DiscordConnection();
            connection.connected(2, Map.of(shard, mock(DiscordApi.class)));
            ThisProcess here = new ThisProcess(List.of(connection));
            revealRound = new RevealRound(clock, roundFacts, scoreTotals,
                    recorder((RoundRevealed event) -> revealedIn.add(event.reveal().guildId())), here, gameConfig);
            postDaily = new PostDailyQuestions(clock, em, startRound,
                    recorder((DailyPosted event) -> postedIn.add(event.round().guildId())), here);
        }

        /** What StartUp does after connecting, and each tick does after it. */
        void catchUp() {
            revealRound.revealDue();
            postDaily.postDue();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Event<T> recorder(Consumer<T> sink) {
        Event<T> event = mock(Event.class);
        doAnswer(call -> {
            sink.accept(call.getArgument(0));
            return null;
        }).when(event).fire(any());
        return event;
    }

    @BeforeEach
    void tenInTheMorningWithADailyQuestionAtElevenInBothServers() {
        assertEquals(0, ShardPlan.shardOf(Long.parseLong(onShard0), 2));
        assertEquals(1, ShardPlan.shardOf(Long.parseLong(onShard1), 2));
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
        for (String server : List.of(onShard0, onShard1)) {
            schedules.set(Origin.DISCORD, server, new ScheduleRequest("daily", "11:00", "Europe/London", null, null,
                    null), "moderator");
        }
    }

    private RoundView trivia(String server) {
        return assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.DISCORD, server, "quiz-" + System.nanoTime()))).round();
    }

    private static boolean revealed(RoundView round) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Round.<Round>findById(round.id()).revealedAt != null);
    }

    private static long dailyPosts(String server) {
        return QuarkusTransaction.requiringNew().call(() -> DailyPost.count("guildId", server));
    }

    @Test
    void eachProcessRevealsAndPostsForItsOwnShardsServerOnly() {
        BotProcess shard0 = new BotProcess(0);
        BotProcess shard1 = new BotProcess(1);
        RoundView there0 = trivia(onShard0);
        RoundView there1 = trivia(onShard1);

        TestClock.NOW.set(Instant.parse("2026-11-23T11:00:00Z"));
        for (int tick = 0; tick < 3; tick++) {
            shard0.catchUp();
            shard1.catchUp();
        }

        assertEquals(List.of(onShard0), shard0.revealedIn);
        assertEquals(List.of(onShard1), shard1.revealedIn);
        assertEquals(List.of(onShard0), shard0.postedIn);
        assertEquals(List.of(onShard1), shard1.postedIn);
        assertEquals(List.of(true, true), List.of(revealed(there0), revealed(there1)));
        assertEquals(List.of(1L, 1L), List.of(dailyPosts(onShard0), dailyPosts(onShard1)));
    }

    @Test
    void aProcessThatComesBackRevealsItsOverdueRoundAndPostsTheMissedDailyQuestionOnce() {
        BotProcess shard0 = new BotProcess(0);
        RoundView open = trivia(onShard1);

        // Shard 1's process is down through its round's close and its daily post time; shard 0's runs on.
        TestClock.NOW.set(Instant.parse("2026-11-23T11:05:00Z"));
        shard0.catchUp();
        assertEquals(List.of(), shard0.revealedIn);
        assertEquals(List.of(onShard0), shard0.postedIn);
        assertEquals(List.of(false, 0L), List.of(revealed(open), dailyPosts(onShard1)),
                "nobody else acts for shard 1's server");

        BotProcess restarted = new BotProcess(1);
        restarted.catchUp();
        restarted.catchUp();
        shard0.catchUp();

        assertEquals(List.of(onShard1), restarted.revealedIn);
        assertEquals(List.of(onShard1), restarted.postedIn);
        assertEquals(List.of(true, 1L), List.of(revealed(open), dailyPosts(onShard1)));
        assertEquals(List.of(onShard0), shard0.postedIn);
        assertEquals(List.of(), shard0.revealedIn);
    }
}
