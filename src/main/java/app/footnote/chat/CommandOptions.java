package app.footnote.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import app.footnote.bank.Difficulty;
import app.footnote.game.AnswerMode;
import app.footnote.game.GameConfig;
import app.footnote.game.NewsWindow;
import app.footnote.game.StartRequest;
import app.footnote.score.Period;

/** The options players give the game's commands, parsed once for the Discord commands and the local page alike. */
public final class CommandOptions {

    public static final String CATEGORY = "category";
    public static final String DIFFICULTY = "difficulty";
    public static final String PERIOD = "period";
    public static final String QUESTIONS = "questions";
    public static final String NEWS = "news";
    public static final String MODE = "mode";

    private CommandOptions() {
    }

    /** The category to pick from, or {@code null} for any: surrounding blanks do not count. */
    public static String category(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The difficulty to pick from; left out (or blank) means any, a given value must be one of the labels. */
    public static OptionValue<Difficulty> difficulty(String typed) {
        return typed == null || typed.isBlank() ? OptionValue.given(null)
                : parse(DIFFICULTY, typed, Difficulty.fromLabel(typed), Difficulty.values(), Difficulty::label);
    }

    /** How many questions to play; left out means one, a given number must be 1 to 20. */
    public static OptionValue<Integer> questions(Long typed) {
        if (typed == null) {
            return OptionValue.given(GameConfig.MIN_GAME_QUESTIONS);
        }
        return StartRequest.allowed(typed) ? OptionValue.given(typed.intValue())
                : OptionValue.refused(new OptionValue.Refusal(QUESTIONS, String.valueOf(typed), List.of(
                        "a whole number from " + GameConfig.MIN_GAME_QUESTIONS + " to "
                                + GameConfig.MAX_GAME_QUESTIONS)));
    }

    /** Only questions from the news of a window; left out (or blank) means any question. */
    public static OptionValue<NewsWindow> news(String typed) {
        return typed == null || typed.isBlank() ? OptionValue.given(null)
                : parse(NEWS, typed, NewsWindow.fromLabel(typed), NewsWindow.values(), NewsWindow::label);
    }

    /** How the round (or every round of a game) is answered; left out (or blank) means with buttons. */
    public static OptionValue<AnswerMode> mode(String typed) {
        return typed == null || typed.isBlank() ? OptionValue.given(AnswerMode.BUTTONS)
                : parse(MODE, typed, AnswerMode.fromLabel(typed), AnswerMode.values(), AnswerMode::label);
    }

    /** The leaderboard's span; left out means all time, a given value must be one of the labels. */
    public static OptionValue<Period> period(String typed) {
        return typed == null ? OptionValue.given(Period.ALL)
                : parse(PERIOD, typed, Period.fromLabel(typed), Period.values(), Period::label);
    }

    private static <T> OptionValue<T> parse(String option, String typed, Optional<T> parsed, T[] values,
            Function<T, String> label) {
        if (parsed.isPresent()) {
            return OptionValue.given(parsed.get());
        }
        List<String> allowed = Arrays.stream(values).map(label).toList();
        return OptionValue.refused(new OptionValue.Refusal(option, typed, allowed));
    }
}
