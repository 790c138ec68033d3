package app.footnote.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void weeksStartOnMonday() {
        assertEquals("week:2026-11-16", Period.WEEK.key(Instant.parse("2026-11-22T23:59:59Z"), ZoneOffset.UTC));
        assertEquals("week:2026-11-23", Period.WEEK.key(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void monthsAndWeeksBeginInTheConfiguredZone() {
        Instant sundayEveningInUtc = Instant.parse("2026-11-29T23:30:00Z");
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertEquals("week:2026-11-23", Period.WEEK.key(sundayEveningInUtc, ZoneOffset.UTC));
        assertEquals("week:2026-11-30", Period.WEEK.key(sundayEveningInUtc, paris));
        assertEquals("month:2026-11", Period.MONTH.key(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC));
        assertEquals("month:2026-12", Period.MONTH.key(Instant.parse("2026-11-30T23:30:00Z"), paris));
    }
}
