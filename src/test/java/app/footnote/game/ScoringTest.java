package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.footnote.bank.Difficulty;

class ScoringTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant CLOSE = START.plusSeconds(30);

    @Test
    void wrongAnswersEarnNothing() {
        assertEquals(0, Scoring.points(Difficulty.HARD, false, START, CLOSE, START));
    }

    @Test
    void instantRightAnswerEarnsBasePlusHalf() {
        assertEquals(15, Scoring.points(Difficulty.EASY, true, START, CLOSE, START));
        assertEquals(30, Scoring.points(Difficulty.MEDIUM, true, START, CLOSE, START));
        assertEquals(45, Scoring.points(Difficulty.HARD, true, START, CLOSE, START));
    }

    @Test
    void speedBonusShrinksLinearlyToNothingAtTheClose() {
        assertEquals(25, Scoring.points(Difficulty.MEDIUM, true, START, CLOSE, START.plusSeconds(15)));
        assertEquals(20, Scoring.points(Difficulty.MEDIUM, true, START, CLOSE, CLOSE));
        assertEquals(10, Scoring.points(Difficulty.EASY, true, START, CLOSE, START.plusSeconds(29)));
    }
}
