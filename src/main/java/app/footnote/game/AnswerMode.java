package app.footnote.game;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a round is answered: by clicking one of its choices, or by typing the answer (the choices stay hidden). */
public enum AnswerMode {

    BUTTONS("buttons"), TYPED("typed");

    private final String label;

    AnswerMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AnswerMode> fromLabel(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.label.equals(wanted)).findFirst();
    }
}
