package app.footnote.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.footnote.score.ScoreTotals;

/** The final standings' order, as plain Java. */
class GameStandingsTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    private static ScoreTotals.ScoredAnswer answer(String player, int points, int second) {
        return new ScoreTotals.ScoredAnswer(player, "Player " + player, points, points > 0, START.plusSeconds(second));
    }

    @Test
    void equalPointsGoToWhoReachedThemFirstAndALaterWrongAnswerDoesNotMoveThatMoment() {
        List<GameStandings.Line> lines = GameStandings.rank(List.of(
                answer("ada", 14, 40), answer("bob", 14, 5), answer("bob", 0, 50), answer("cy", 0, 6),
                answer("dee", 20, 70)));

        assertEquals(List.of("dee", "bob", "ada", "cy"), lines.stream().map(GameStandings.Line::userId).toList());
        assertEquals(START.plusSeconds(5), lines.get(1).reachedAt());
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(GameStandings.Line::rank).toList());
        assertEquals(List.of(1, 1, 1, 0), lines.stream().map(GameStandings.Line::correct).toList());
    }

    @Test
    void pointsAddUpOverTheGameAndOnlyTheTopTenAreShown() {
        List<ScoreTotals.ScoredAnswer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(answer("p" + i, 10 + i, i));
        }
        answers.add(answer("p0", 30, 100));

        List<GameStandings.Line> lines = GameStandings.rank(answers);

        assertEquals(GameStandings.TOP_SHOWN, lines.size());
        assertEquals("p0", lines.get(0).userId());
        assertEquals(40, lines.get(0).points());
        assertEquals(2, lines.get(0).correct());
        assertEquals("p11", lines.get(1).userId());
    }
}
