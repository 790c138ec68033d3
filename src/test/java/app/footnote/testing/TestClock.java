package app.footnote.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's clock in tests: it stands still until a test moves it, so no test ever sleeps. */
public final class TestClock extends Clock {

    public static final TestClock NOW = new TestClock();

    private volatile Instant instant = Instant.parse("2026-11-23T10:00:00Z");

    private TestClock() {
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    public void advance(Duration duration) {
        instant = instant.plus(duration);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the game works in instants");
    }

    /** Replaces the production clock in every Quarkus test. */
    @Alternative
    @Priority(1)
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return NOW;
        }
    }
}
