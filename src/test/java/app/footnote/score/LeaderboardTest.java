package app.footnote.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.bank.Difficulty;
import app.footnote.game.Origin;
import app.footnote.game.RecordAnswer;
import app.footnote.game.RevealRound;
import app.footnote.game.RoundView;
import app.footnote.game.StartOutcome;
import app.footnote.game.StartRequest;
import app.footnote.game.StartRound;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LeaderboardTest {

    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    Leaderboards leaderboards;

    private final String guild = Rounds.newGuild();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-24T10:00:00Z"));
    }

    /** Plays one round in which each player answers right, in the given order, a second apart. */
    private void roundAt(Instant start, String... rightPlayers) {
        TestClock.NOW.set(start);
        RoundView round = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "general"))).round();
        for (String player : rightPlayers) {
            recordAnswer.answer(guild, round.id(), player, player, Rounds.rightLabel(round.id()));
        }
        TestClock.NOW.set(round.closesAt());
        revealRound.revealDue();
    }

    private List<String> names(Leaderboard board) {
        return board.top().stream().map(Standing::displayName).toList();
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        roundAt(Instant.parse("2026-11-29T23:59:00Z"), "sunday");
        roundAt(Instant.parse("2026-11-30T00:01:00Z"), "monday");
        roundAt(Instant.parse("2026-12-01T00:01:00Z"), "december");

        TestClock.NOW.set(Instant.parse("2026-12-01T12:00:00Z"));

        assertEquals(List.of("december", "monday"),
                names(leaderboards.leaderboard(guild, Period.WEEK, null)).stream().sorted().toList());
        assertEquals(List.of("december"), names(leaderboards.leaderboard(guild, Period.MONTH, null)));
        assertEquals(3, leaderboards.leaderboard(guild, Period.ALL, null).top().size());
    }

    @Test
    void equalScoresRankWhoeverReachedTheScoreFirst() {
        // Two easy rounds, each answered right at once (15 points): abe in the first, zoe in the second.
        for (String player : List.of("abe", "zoe")) {
            RoundView round = assertInstanceOf(StartOutcome.Started.class,
                    startRound.start(StartRequest.in(Origin.LOCAL, guild, "general").difficulty(Difficulty.EASY)))
                    .round();
            recordAnswer.answer(guild, round.id(), player, player, Rounds.rightLabel(round.id()));
            TestClock.NOW.set(round.closesAt());
            revealRound.revealDue();
        }

        Leaderboard board = leaderboards.leaderboard(guild, Period.ALL, null);

        assertEquals(List.of(new Standing(1, "abe", "abe", 15, 1, 1), new Standing(2, "zoe", "zoe", 15, 1, 1)),
                board.top());
    }

    @Test
    void tiesOnPointsGoToTheEarlierAndTheAskerOutsideTheTopSeesTheirRank() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        TestClock.NOW.set(start);
        RoundView round = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, "general"))).round();
        String right = Rounds.rightLabel(round.id());
        // Twelve players all answer right at the same instant: equal points, equal time; then p12 answers later
        // and so ranks last.
        for (int i = 1; i <= 11; i++) {
            recordAnswer.answer(guild, round.id(), "p" + (100 + i), "p" + i, right);
        }
        TestClock.NOW.advance(Duration.ofSeconds(29));
        recordAnswer.answer(guild, round.id(), "p112", "p12", right);
        TestClock.NOW.set(round.closesAt());
        revealRound.revealDue();

        Leaderboard board = leaderboards.leaderboard(guild, Period.ALL, "p112");
        Leaderboard insider = leaderboards.leaderboard(guild, Period.ALL, "p101");

        assertEquals(Leaderboards.TOP, board.top().size());
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10"), names(board));
        assertEquals(new Standing(12, "p112", "p12", board.asker().points(), 1, 1), board.asker());
        assertNull(insider.asker(), "a player in the top ten is not repeated below it");
    }

    @Test
    void globalBoardAddsUpEveryServer() {
        String player = "global-" + guild;
        String otherGuild = Rounds.newGuild();
        TestClock.NOW.set(Instant.parse("2026-11-26T10:00:00Z"));
        long total = 0;
        for (String server : List.of(guild, otherGuild)) {
            RoundView round = assertInstanceOf(StartOutcome.Started.class,
                    startRound.start(StartRequest.in(Origin.LOCAL, server, "general"))).round();
            recordAnswer.answer(server, round.id(), player, player, Rounds.rightLabel(round.id()));
            TestClock.NOW.set(round.closesAt());
            revealRound.revealDue();
            total += leaderboards.stats(server, player).orElseThrow().points();
        }

        Leaderboard global = leaderboards.leaderboard(Period.GLOBAL_SCOPE, Period.ALL, player);

        Standing mine = global.asker() != null ? global.asker()
                : global.top().stream().filter(s -> s.userId().equals(player)).findFirst().orElseThrow();
        assertEquals(total, mine.points());
        assertEquals(2, mine.answers());
    }
}
