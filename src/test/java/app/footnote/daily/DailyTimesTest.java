package app.footnote.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When daily questions go out and close, in servers' own time zones and across daylight-saving changes. */
class DailyTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theSameLocalTimeIsADifferentInstantInEachZone() {
        LocalDate day = LocalDate.of(2026, 11, 23);

        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), new DailyTimes(LocalTime.of(9, 0), PARIS, null)
                .postAt(day));
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), new DailyTimes(LocalTime.of(9, 0), NEW_YORK, null)
                .postAt(day));
    }

    @Test
    void aQuestionIsDueFromItsPostTimeUntilItCloses() {
        DailyTimes times = new DailyTimes(LocalTime.of(9, 0), PARIS, null);

        assertEquals(Optional.empty(), times.dueDate(Instant.parse("2026-11-23T07:59:59Z")), "a second early");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), times.dueDate(Instant.parse("2026-11-23T08:00:00Z")));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), times.dueDate(Instant.parse("2026-11-24T06:59:59Z")),
                "yesterday's is still due the next morning until an hour before the next post");
        assertEquals(Optional.empty(), times.dueDate(Instant.parse("2026-11-24T07:00:00Z")), "the hour's break");
    }

    @Test
    void openHoursCloseTheQuestionEarlier() {
        DailyTimes times = new DailyTimes(LocalTime.of(18, 30), NEW_YORK, 2);

        assertEquals(Instant.parse("2026-11-24T01:30:00Z"), times.closesAt(LocalDate.of(2026, 11, 23)));
        assertEquals(Optional.empty(), times.dueDate(Instant.parse("2026-11-24T01:30:00Z")));
    }

    @Test
    void onASpringForwardDayASkippedTimeGoesOutAtTheFirstMinuteAfterTheGap() {
        // Paris skips 02:00 to 03:00 on 29 March 2026: 02:30 does not exist, 03:00 CEST is 01:00 UTC.
        DailyTimes times = new DailyTimes(LocalTime.of(2, 30), PARIS, null);

        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), times.postAt(LocalDate.of(2026, 3, 29)));
        assertEquals(Optional.empty(), times.dueDate(Instant.parse("2026-03-29T00:59:00Z")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 29)), times.dueDate(Instant.parse("2026-03-29T01:00:00Z")));
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), times.closesAt(LocalDate.of(2026, 3, 28)),
                "the day before closes an hour before that post");
    }

    @Test
    void onAFallBackDayATimeThatHappensTwiceGoesOutTheFirstTime() {
        // Paris goes back from 03:00 to 02:00 on 25 October 2026: 02:30 happens at 00:30 and 01:30 UTC.
        DailyTimes times = new DailyTimes(LocalTime.of(2, 30), PARIS, null);

        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), times.postAt(LocalDate.of(2026, 10, 25)));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 25)), times.dueDate(Instant.parse("2026-10-25T01:30:00Z")),
                "the second 02:30 is the same day's question, not a new one");
        assertEquals(Instant.parse("2026-10-26T00:30:00Z"), times.closesAt(LocalDate.of(2026, 10, 25)),
                "a 25-hour day: open until an hour before 02:30 CET the next day");
    }
}
