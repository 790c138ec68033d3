package app.footnote.game;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "footnote.game")
public interface GameConfig {

    int MIN_ROUND_SECONDS = 10;
    int MAX_ROUND_SECONDS = 300;
    /** Discord shows at most 5 buttons a row; the answer plus four wrong choices fill one. */
    int MAX_WRONG_CHOICES_SHOWN = 4;

    /** How long a round stays open where a server has not chosen (10 to 300). Env: FOOTNOTE_GAME_ROUND_SECONDS. */
    @WithDefault("30")
    int roundSeconds();
}
