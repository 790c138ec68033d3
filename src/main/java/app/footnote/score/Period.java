package app.footnote.score;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The spans a leaderboard covers. Weeks start on Monday; both weeks and months begin in the configured zone. */
public enum Period {

    WEEK, MONTH, ALL;

    public static final String GLOBAL_SCOPE = "*";

    /** The key of the span that contains {@code at}, as stored in {@code score_total.period}. */
    public String key(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return switch (this) {
            case WEEK -> "week:" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> "month:" + YearMonth.from(day);
            case ALL -> "all";
        };
    }

    /** The three keys an answer given at {@code at} counts towards. */
    public static List<String> keys(Instant at, ZoneId zone) {
        return List.of(ALL.key(at, zone), WEEK.key(at, zone), MONTH.key(at, zone));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> fromLabel(String label) {
        for (Period period : values()) {
            if (period.label().equals(label)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
