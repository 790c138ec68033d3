package app.footnote.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hard a question is; it sets the points a right answer earns. */
public enum Difficulty {

    EASY, MEDIUM, HARD;

    /** The lower-case name used in the bank files and in commands. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> fromLabel(String label) {
        return Arrays.stream(values()).filter(d -> d.label().equals(label)).findFirst();
    }
}
