package app.footnote.game;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import app.footnote.bank.Difficulty;

/**
 * Points for an answer: nothing when wrong; when right, the difficulty's base (easy 10, medium 20, hard 30) plus a
 * speed bonus of up to half the base, shrinking linearly from the start of the round to its close.
 */
public final class Scoring {

    public static final Map<Difficulty, Integer> BASE_POINTS = Map.of(Difficulty.EASY, 10, Difficulty.MEDIUM, 20,
            Difficulty.HARD, 30);

    private Scoring() {
    }

    public static int points(Difficulty difficulty, boolean correct, Instant startedAt, Instant closesAt,
            Instant answeredAt) {
        if (!correct) {
            return 0;
        }
        int base = BASE_POINTS.get(difficulty);
        long length = Duration.between(startedAt, closesAt).toMillis();
        long left = Math.max(0, Math.min(length, Duration.between(answeredAt, closesAt).toMillis()));
        return base + (int) (base * left / (2 * length));
    }
}
