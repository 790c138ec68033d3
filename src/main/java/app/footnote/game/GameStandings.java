package app.footnote.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A game's players ranked by their points in it; on equal points, whoever reached their score first ranks higher.
 *
 * @param top the best {@link #TOP_SHOWN}, best first
 */
public record GameStandings(GameView game, List<Line> top) {

    public static final int TOP_SHOWN = 10;

    /** @param reachedAt when the player's last points of the game came (their first answer when they have none) */
    public record Line(int rank, String userId, String displayName, int points, int correct, Instant reachedAt) {
    }

    /** One answer given in the game, in the order given. */
    record Scored(String userId, String displayName, int points, boolean correct, Instant answeredAt) {
    }

    public GameStandings {
        top = List.copyOf(top);
    }

    /** The ranking of a game's answers, given in any order. */
    static List<Line> rank(List<Scored> answers) {
        record Tally(String userId, String displayName, int points, int correct, Instant reachedAt) {
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        answers.stream().sorted(Comparator.comparing(Scored::answeredAt)).forEach(answer -> tallies.merge(
                answer.userId(), new Tally(answer.userId(), answer.displayName(), answer.points(),
                        answer.correct() ? 1 : 0, answer.answeredAt()),
                (before, now) -> new Tally(before.userId(), now.displayName(), before.points() + now.points(),
                        before.correct() + now.correct(), now.points() > 0 ? now.reachedAt() : before.reachedAt())));
        List<Tally> ranked = tallies.values().stream().sorted(Comparator.comparingInt(Tally::points).reversed()
                .thenComparing(Tally::reachedAt).thenComparing(Tally::userId)).limit(TOP_SHOWN).toList();
        List<Line> lines = new ArrayList<>();
        for (Tally tally : ranked) {
            lines.add(new Line(lines.size() + 1, tally.userId(), tally.displayName(), tally.points(), tally.correct(),
                    tally.reachedAt()));
        }
        return lines;
    }
}
