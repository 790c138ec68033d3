package app.footnote.game;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed round: the right answer, how the players did, and the footnote.
 *
 * @param fastest the players who answered right, fastest first (at most {@link #FASTEST_SHOWN})
 */
public record Reveal(long roundId, String guildId, String channelId, String prompt, String answerLabel,
        String answer, int answered, int correct, List<Player> fastest, String explanation,
        List<Footnote> footnotes, Instant revealedAt) {

    public static final int FASTEST_SHOWN = 3;

    public record Player(String userId, String displayName, double seconds, int points) {
    }

    /** Where the answer comes from; {@code outlet} and {@code published} are null when the article does not say. */
    public record Footnote(String articleTitle, String outlet, LocalDate published, String quote) {
    }
}
