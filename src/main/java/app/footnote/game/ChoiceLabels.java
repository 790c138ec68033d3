package app.footnote.game;

import java.util.Locale;
import java.util.OptionalInt;

/** Choices are shown as A, B, C…; these turn a position into its label and back. */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The position of a label among {@code count} choices, empty when there is no such choice. */
    public static OptionalInt index(String label, int count) {
        if (label == null || label.strip().length() != 1) {
            return OptionalInt.empty();
        }
        int index = label.strip().toUpperCase(Locale.ROOT).charAt(0) - 'A';
        return index >= 0 && index < count ? OptionalInt.of(index) : OptionalInt.empty();
    }
}
