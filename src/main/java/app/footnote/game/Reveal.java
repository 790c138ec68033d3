package app.footnote.game;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed round: the right answer, how the players did, and the footnote.
 *
 * @param answerLabel the right choice's label; {@code null} for a typed round, which showed no choices
 * @param fastest the players who answered right, fastest first (at most {@link #FASTEST_SHOWN})
 * @param accepted for a typed round, the other answers it accepted (the question's accept list); else empty
 */
public record Reveal(long roundId, Origin origin, String guildId, String channelId, String prompt, String answerLabel,
        String answer, int answered, int correct, List<Player> fastest, String explanation,
        List<Footnote> footnotes, Instant revealedAt, AnswerMode mode, List<String> accepted) {

    public Reveal {
        accepted = List.copyOf(accepted);
    }

    public static final int FASTEST_SHOWN = 3;

    public record Player(String userId, String displayName, double seconds, int points) {
    }

    /**
     * Where the answer comes from: an article ({@code outlet} and {@code published} null when it does not say;
     * {@code url} where it was read, for one fetched by its link), or a web page at {@code url} whose quote could not
     * be checked (then only {@code url} and the quote are set, and {@code articleTitle} is null).
     */
    public record Footnote(String articleTitle, String outlet, LocalDate published, String url, String quote) {

        public static Footnote article(String title, String outlet, LocalDate published, String url, String quote) {
            return new Footnote(title, outlet, published, url, quote);
        }

        public boolean uncheckedWebPage() {
            return articleTitle == null;
        }

        public static Footnote webPage(String url, String quote) {
            return new Footnote(null, null, null, url, quote);
        }
    }
}
