package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.footnote.testing.Rounds;
import app.footnote.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Typed rounds through the game services: the mode is on the rows, so a restart mid-round or mid-game keeps it. */
@QuarkusTest
class PlayTypedRoundTest {

    @Inject
    StartRound startRound;
    @Inject
    RecordAnswer recordAnswer;
    @Inject
    RevealRound revealRound;
    @Inject
    RoundFacts roundFacts;
    @Inject
    NextGameRound nextGameRound;
    @Inject
    GameConfig config;

    private final String guild = Rounds.newGuild();

    @BeforeEach
    void startOfTheTest() {
        TestClock.NOW.set(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void aTypedRoundAnsweredAfterARestartIsStillTypedAndJudgedByTheMatcher() {
        RoundView round = assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest
                .in(Origin.LOCAL, guild, "quiz").mode(AnswerMode.TYPED))).round();
        assertEquals(AnswerMode.TYPED, round.mode());
        assertEquals(List.of(), round.choices(), "a typed round shows no choices");
        // What a restart (or another process) has: nothing in memory, only the rows.
        roundFacts.forget(round.id());

        String answer = Rounds.askedAnswer(round.id());
        assertEquals(new AnswerOutcome.WrongMode(AnswerMode.TYPED), recordAnswer.answer(guild, round.id(), "ada",
                "Ada", "A"));
        assertEquals(new AnswerOutcome.TypedLockedIn(answer.toLowerCase()), recordAnswer.answerTyped(guild,
                round.id(), "ada", "Ada", " " + answer.toLowerCase() + " "));
        TestClock.NOW.advance(Duration.ofSeconds(30));
        Reveal reveal = revealRound.revealDue().stream().filter(r -> r.roundId() == round.id()).findFirst()
                .orElseThrow();

        assertEquals(AnswerMode.TYPED, reveal.mode());
        assertNull(reveal.answerLabel(), "no choices were shown, so the answer has no label");
        assertEquals(answer, reveal.answer());
        assertEquals(Rounds.acceptedAnswers(round.id()), reveal.accepted());
        assertEquals(1, reveal.correct());
        assertTrue(reveal.fastest().get(0).points() > 0, "points as for a click");
    }

    @Test
    void aTypedGamesNextRoundIsOpenedTypedFromTheGamesRow() {
        RoundView first = assertInstanceOf(StartOutcome.Started.class, startRound.start(StartRequest
                .in(Origin.LOCAL, guild, "quiz").by("ada", "Ada").questions(2).mode(AnswerMode.TYPED))).round();
        assertEquals(AnswerMode.TYPED, first.mode());
        TestClock.NOW.advance(Duration.ofSeconds(30));
        revealRound.revealDue();
        TestClock.NOW.advance(config.pauseBetweenRounds());

        nextGameRound.playDue();

        AnswerMode second = QuarkusTransaction.requiringNew().call(() -> Round.<Round>find(
                "game.id = ?1 and gameRound = 2", first.game().gameId()).firstResult().mode);
        assertEquals(AnswerMode.TYPED, second);
    }
}
