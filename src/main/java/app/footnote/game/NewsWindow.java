package app.footnote.game;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The news a round may ask about: only questions citing an article published in the window, which ends today (UTC).
 * Today is today's date, a week the last seven days, a month the last thirty.
 */
public enum NewsWindow {

    TODAY("today", 1), WEEK("week", 7), MONTH("month", 30);

    private final String label;
    private final int days;

    NewsWindow(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** The first publication date in the window that ends {@code today}. */
    public LocalDate since(LocalDate today) {
        return today.minusDays(days - 1L);
    }

    public static Optional<NewsWindow> fromLabel(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(window -> window.label.equals(wanted)).findFirst();
    }
}
