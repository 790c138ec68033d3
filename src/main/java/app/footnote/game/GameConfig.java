package app.footnote.game;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.game")
public interface GameConfig {

    int MIN_ROUND_SECONDS = 10;
    int MAX_ROUND_SECONDS = 300;
    /** Discord shows at most 5 buttons a row; the answer plus four wrong choices fill one. */
    int MAX_WRONG_CHOICES_SHOWN = 4;
    /** How many questions one {@code /trivia} may ask in a row. */
    int MIN_GAME_QUESTIONS = 1;
    int MAX_GAME_QUESTIONS = 20;

    /** How long a round stays open where a server has not chosen (10 to 300). Env: FOOTNOTE_GAME_ROUND_SECONDS. */
    @WithDefault("30")
    int roundSeconds();

    /**
     * In a game of several questions, the pause from a reveal to the next question (and from the last reveal to the
     * final standings). Env: FOOTNOTE_GAME_PAUSE_BETWEEN_ROUNDS.
     */
    @WithDefault("5s")
    Duration pauseBetweenRounds();
}
