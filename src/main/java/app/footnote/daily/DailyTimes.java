package app.footnote.daily;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * When a schedule's posts go out and close, in instants. Daylight saving: a local time the clocks skip is posted at
 * the first minute that exists after it (the end of the gap); a local time that happens twice is posted the first
 * time, so each local date has exactly one post.
 *
 * @param openHours hours answers stay open, or {@code null} for until one hour before the next post
 */
public record DailyTimes(LocalTime postTime, ZoneId zone, Integer openHours) {

    /** Time between the close of one day's question and the next post. */
    static final Duration BREAK_BEFORE_NEXT = Duration.ofHours(1);

    public Instant postAt(LocalDate date) {
        LocalDateTime local = date.atTime(postTime);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    public Instant closesAt(LocalDate date) {
        return openHours == null ? postAt(date.plusDays(1)).minus(BREAK_BEFORE_NEXT)
                : postAt(date).plus(Duration.ofHours(openHours));
    }

    /**
     * The local date whose question should be out at {@code now}: its post time has come and its answers are still
     * open. Yesterday's counts too, for a post missed while the bot was down late in the day.
     */
    public Optional<LocalDate> dueDate(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date : new LocalDate[]{today, today.minusDays(1)}) {
            if (!now.isBefore(postAt(date)) && now.isBefore(closesAt(date))) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }
}
