package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.footnote.score.Leaderboards;
import app.footnote.score.PlayerStats;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConcurrentAnswersTest {

    private static final int ROUNDS = 25;
    private static final int PLAYERS = 20;

    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    Leaderboards leaderboards;

    @Test
    void fiveHundredConcurrentAnswersWithDoubleClicksCountExactlyOnceEach() throws Exception {
        String guild = Rounds.newGuild();
        TestClock.NOW.set(Instant.parse("2026-11-27T10:00:00Z"));
        List<RoundView> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            rounds.add(assertInstanceOf(StartOutcome.Started.class,
                    startRound.start(StartRequest.in(Origin.LOCAL, guild, "channel-" + r))).round());
        }
        List<Callable<AnswerOutcome>> clicks = new ArrayList<>();
        for (RoundView round : rounds) {
            for (int p = 0; p < PLAYERS; p++) {
                String player = "player-" + p;
                String label = (p + round.id()) % 2 == 0 ? Rounds.rightLabel(round.id()) : "A";
                // Every player clicks twice: only one of the two may count.
                clicks.add(() -> recordAnswer.answer(guild, round.id(), player, player, label));
                clicks.add(() -> recordAnswer.answer(guild, round.id(), player, player, label));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(32);
        int lockedIn = 0;
        try {
            for (Future<AnswerOutcome> outcome : pool.invokeAll(clicks)) {
                lockedIn += outcome.get() instanceof AnswerOutcome.LockedIn ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(ROUNDS * PLAYERS, lockedIn);
        TestClock.NOW.set(rounds.get(0).closesAt());
        assertEquals(ROUNDS, revealRound.revealDue().stream().filter(r -> r.guildId().equals(guild)).count());
        for (int p = 0; p < PLAYERS; p++) {
            String player = "player-" + p;
            long[] recorded = QuarkusTransaction.requiringNew().call(() -> {
                List<Answer> answers = Answer.list("userId = ?1 and roundId in ?2", player,
                        rounds.stream().map(RoundView::id).toList());
                return new long[]{answers.size(), answers.stream().mapToLong(a -> a.points).sum(),
                        answers.stream().filter(a -> a.correct).count()};
            });
            PlayerStats stats = leaderboards.stats(guild, player).orElseThrow();
            assertEquals(ROUNDS, recorded[0]);
            assertEquals(ROUNDS, stats.answers(), player);
            assertEquals(recorded[1], stats.points(), player + ": no point lost or doubled");
            assertEquals(recorded[2], stats.correct(), player);
        }
    }
}
