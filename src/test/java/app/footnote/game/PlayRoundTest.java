package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.StartUp;
import app.footnote.bank.Difficulty;
import app.footnote.bank.Question;
import app.footnote.chat.ChatTexts;
import app.footnote.score.Leaderboards;
import app.footnote.score.PlayerStats;
import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Whole rounds through the game services, as any chat adapter drives them. */
@QuarkusTest
class PlayRoundTest {

    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    StartUp startUp;
    @Inject
    RoundFacts roundFacts;
    @Inject
    RoundLength roundLength;
    @Inject
    Leaderboards leaderboards;
    @Inject
    RevealedRounds revealedRounds;

    private final String guild = Rounds.newGuild();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-23T10:00:00Z"));
    }

    private RoundView start(String channel) {
        return assertInstanceOf(StartOutcome.Started.class,
                startRound.start(StartRequest.in(Origin.LOCAL, guild, channel)))
                .round();
    }

    private AnswerOutcome answer(RoundView round, String player, String label) {
        return recordAnswer.answer(guild, round.id(), player, "Player " + player, label);
    }

    @Test
    void newRoundShowsShuffledLabelledChoicesAndClosesAfterTheServersRoundLength() {
        RoundView round = start("general");

        assertEquals(List.of("A", "B", "C", "D"), round.choices().stream().map(RoundView.Choice::label).toList());
        assertEquals(Instant.parse("2026-11-23T10:00:30Z"), round.closesAt());

        roundLength.set(guild, 12);
        RoundView shorter = start("other-channel");
        assertEquals(Instant.parse("2026-11-23T10:00:12Z"), shorter.closesAt());
    }

    @Test
    void roundLengthOutsideTenToThreeHundredSecondsIsRefusedAndTheOldOneStays() {
        roundLength.set(guild, 45);

        InvalidRoundLengthException error = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidRoundLengthException.class, () -> roundLength.set(guild, 301));

        assertEquals("round length must be 10 to 300 seconds, not 301", error.getMessage());
        assertEquals(45, roundLength.of(guild));
    }

    @Test
    void askingAgainInTheSameChannelPointsToTheOpenRound() {
        RoundView first = start("general");

        StartOutcome again = startRound
                .start(StartRequest.in(Origin.LOCAL, guild, "general").category("cast").difficulty(Difficulty.HARD));

        assertEquals(first.id(), assertInstanceOf(StartOutcome.AlreadyOpen.class, again).round().id());
    }

    @Test
    void filtersAreHonouredAndNothingMatchingIsSaidPlainly() {
        StartOutcome cast = startRound
                .start(StartRequest.in(Origin.LOCAL, guild, "a").category("cast").difficulty(Difficulty.EASY));
        RoundView round = assertInstanceOf(StartOutcome.Started.class, cast).round();
        assertEquals("cast", round.category());
        assertEquals("easy", round.difficulty());

        StartOutcome none = startRound.start(StartRequest.in(Origin.LOCAL, guild, "b").category("cooking"));

        String message = ChatTexts.PLAIN.nothingMatches(assertInstanceOf(StartOutcome.NothingMatches.class, none));
        assertTrue(message.startsWith("No question matches category 'cooking'."), message);
        assertTrue(message.contains("Categories: cast, franchise, production, release, story."), message);
    }

    @Test
    void noQuestionRepeatsInAServerUntilEveryMatchingOneWasAsked() {
        long matching = Question.count("retired = false and category = ?1 and difficulty = ?2", "release",
                Difficulty.HARD);
        Set<String> asked = new HashSet<>();
        String last = null;
        for (int i = 0; i < matching; i++) {
            RoundView round = assertInstanceOf(StartOutcome.Started.class,
                    startRound.start(StartRequest.in(Origin.LOCAL, guild, "quiz").category("release")
                            .difficulty(Difficulty.HARD)))
                    .round();
            assertTrue(asked.add(round.prompt()), "asked twice: " + round.prompt());
            last = round.prompt();
            closeAll();
        }

        RoundView nextCycle = assertInstanceOf(StartOutcome.Started.class,
                startRound.start(
                        StartRequest.in(Origin.LOCAL, guild, "quiz").category("release").difficulty(Difficulty.HARD)))
                .round();

        assertTrue(asked.contains(nextCycle.prompt()));
        assertTrue(!nextCycle.prompt().equals(last), "a new cycle does not start with the question just asked");
    }

    @Test
    void answerIsLockedInPrivatelyWithoutSayingWhetherItIsRight() {
        RoundView round = start("general");

        AnswerOutcome right = answer(round, "ada", Rounds.rightLabel(round.id()));
        AnswerOutcome wrong = answer(round, "bob", Rounds.wrongLabel(round.id()));

        assertEquals("Locked in: " + Rounds.rightLabel(round.id())
                + ". The answer is revealed when the round closes.", ChatTexts.PLAIN.answer(right));
        assertEquals(AnswerOutcome.LockedIn.class, wrong.getClass());
    }

    @Test
    void secondLateAndInvalidAnswersChangeNothing() {
        RoundView round = start("general");
        String right = Rounds.rightLabel(round.id());
        answer(round, "ada", Rounds.wrongLabel(round.id()));

        AnswerOutcome second = answer(round, "ada", right);
        AnswerOutcome invalid = answer(round, "bob", "E");
        AnswerOutcome otherServer = recordAnswer.answer("another-server", round.id(), "eve", "Eve", right);
        TestClock.NOW.advance(Duration.ofSeconds(30));
        AnswerOutcome late = answer(round, "cat", right);

        assertEquals(new AnswerOutcome.AlreadyAnswered(Rounds.wrongLabel(round.id())), second);
        assertEquals(new AnswerOutcome.NoSuchChoice("E", List.of("A", "B", "C", "D")), invalid);
        assertEquals(new AnswerOutcome.NoSuchRound(), otherServer);
        assertEquals(new AnswerOutcome.Closed(), late);
        Reveal reveal = closeAll().get(0);
        assertEquals(1, reveal.answered());
        assertEquals(0, reveal.correct());
        assertEquals(0, stats("ada").points());
        assertEquals(1, stats("ada").answers());
    }

    @Test
    void revealAtTheDeadlineNamesTheAnswerTheFastestAndTheFootnote() {
        RoundView round = start("general");
        String right = Rounds.rightLabel(round.id());
        TestClock.NOW.advance(Duration.ofSeconds(5));
        answer(round, "slow", right);
        answer(round, "wrong", Rounds.wrongLabel(round.id()));
        TestClock.NOW.advance(Duration.ofSeconds(-3));
        answer(round, "fast", right);
        TestClock.NOW.advance(Duration.ofSeconds(27));
        assertEquals(List.of(), revealRound.revealDue(), "not due one second before the close");

        TestClock.NOW.advance(Duration.ofSeconds(1));
        List<Reveal> reveals = revealRound.revealDue();

        assertEquals(1, reveals.size());
        Reveal reveal = reveals.get(0);
        assertEquals(right, reveal.answerLabel());
        assertEquals(round.choices().get(right.charAt(0) - 'A').text(), reveal.answer());
        assertEquals(3, reveal.answered());
        assertEquals(2, reveal.correct());
        assertEquals(List.of("Player fast", "Player slow"),
                reveal.fastest().stream().map(Reveal.Player::displayName).toList());
        assertEquals(2.0, reveal.fastest().get(0).seconds());
        assertTrue(!reveal.explanation().isBlank());
        Reveal.Footnote footnote = reveal.footnotes().get(0);
        assertTrue(footnote.articleTitle().contains("Picard") && !footnote.quote().isBlank(), footnote::toString);
        assertEquals(List.of(), revealRound.revealDue(), "a round is revealed once");
        assertEquals(1, revealedRounds.count(round.id()), "adapters are told once");
    }

    @Test
    void afterARestartOverdueRoundsAreRevealedAndOpenOnesStillTakeAnswers() {
        RoundView overdue = start("one");
        TestClock.NOW.advance(Duration.ofSeconds(20));
        RoundView open = start("two");
        TestClock.NOW.advance(Duration.ofSeconds(15));
        // A restarted process has nothing in memory: only the database remembers the rounds.
        roundFacts.forget(overdue.id());
        roundFacts.forget(open.id());

        startUp.onStart(null);

        assertEquals(1, revealedRounds.count(overdue.id()));
        assertEquals(0, revealedRounds.count(open.id()));
        assertInstanceOf(AnswerOutcome.LockedIn.class, answer(open, "ada", Rounds.rightLabel(open.id())));
        assertEquals(new AnswerOutcome.Closed(), answer(overdue, "ada", "A"));
    }

    @Test
    void pointsFollowDifficultyAndSpeedAndStreaksGrowAndBreak() {
        int expected = 0;
        for (boolean right : new boolean[]{true, true, false, true}) {
            RoundView round = start("general");
            TestClock.NOW.advance(Duration.ofSeconds(15));
            answer(round, "ada", right ? Rounds.rightLabel(round.id()) : Rounds.wrongLabel(round.id()));
            int base = Scoring.BASE_POINTS.get(Difficulty.fromLabel(round.difficulty()).orElseThrow());
            expected += right ? base + base / 4 : 0;
            TestClock.NOW.advance(Duration.ofSeconds(15));
            closeAll();
        }

        PlayerStats ada = stats("ada");

        assertEquals(expected, ada.points());
        assertEquals(4, ada.answers());
        assertEquals(3, ada.correct());
        assertEquals(75, ada.accuracy());
        assertEquals(1, ada.currentStreak());
        assertEquals(2, ada.bestStreak());
        assertEquals(1, ada.rank());
    }

    private PlayerStats stats(String player) {
        return leaderboards.stats(guild, player).orElseThrow();
    }

    private List<Reveal> closeAll() {
        TestClock.NOW.advance(Duration.ofSeconds(300));
        return revealRound.revealDue().stream().filter(r -> r.guildId().equals(guild)).toList();
    }
}
