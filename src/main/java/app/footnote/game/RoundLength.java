package app.footnote.game;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** How long a server's rounds stay open: its own choice, or the configured default. */
@ApplicationScoped
public class RoundLength {

    private final GameConfig config;

    public RoundLength(GameConfig config) {
        this.config = config;
    }

    @Transactional
    public int of(String guildId) {
        ServerSettings settings = ServerSettings.findById(guildId);
        return settings == null || settings.roundSeconds == null ? config.roundSeconds() : settings.roundSeconds;
    }

    /** @throws InvalidRoundLengthException when outside 10 to 300 seconds; the previous length stays */
    @Transactional
    public void set(String guildId, int seconds) {
        problem(seconds).ifPresent(problem -> {
            throw new InvalidRoundLengthException("round length " + problem);
        });
        ServerSettings.of(guildId).roundSeconds = seconds;
    }

    /** What is wrong with a round length, for callers that check several values before changing any. */
    public static Optional<String> problem(long seconds) {
        return seconds < GameConfig.MIN_ROUND_SECONDS || seconds > GameConfig.MAX_ROUND_SECONDS
                ? Optional.of("must be " + GameConfig.MIN_ROUND_SECONDS + " to " + GameConfig.MAX_ROUND_SECONDS
                        + " seconds, not " + seconds)
                : Optional.empty();
    }
}
