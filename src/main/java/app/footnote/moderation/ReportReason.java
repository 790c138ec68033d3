package app.footnote.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why a player reports a question. */
public enum ReportReason {

    WRONG_ANSWER, AMBIGUOUS, OUTDATED, OFFENSIVE, OTHER;

    /** As players read and type it: "wrong answer". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportReason::label).toList();
    }

    /** The reason typed, whatever its case, with a space, a hyphen or an underscore between words. */
    public static Optional<ReportReason> fromLabel(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Arrays.stream(values()).filter(reason -> reason.label().equals(key)).findFirst();
    }
}
