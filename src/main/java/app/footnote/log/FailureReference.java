package app.footnote.log;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A short reference for a failure, told to the user and written in the log beside the details, so that whoever runs
 * the bot finds what went wrong without the user ever seeing a stack trace.
 */
public final class FailureReference {

    private static final long SEVEN_CHARACTERS = 36L * 36 * 36 * 36 * 36 * 36;

    private FailureReference() {
    }

    /** Seven letters and digits, e.g. {@code K3Q9ZT1}. */
    public static String next() {
        return Long.toString(ThreadLocalRandom.current().nextLong(SEVEN_CHARACTERS, SEVEN_CHARACTERS * 36), 36)
                .toUpperCase(Locale.ROOT);
    }
}
