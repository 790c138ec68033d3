package app.footnote.chat;

import java.util.List;

/**
 * What a player typed for one command option, read the same way by every adapter: the value the command takes
 * ({@code null} when left out without a default), or why it was refused.
 */
public record OptionValue<T>(T value, Refusal refusal) {

    /** A value the command does not take: which option, what was typed, and the values it takes. */
    public record Refusal(String option, String typed, List<String> allowed) {

        public Refusal {
            allowed = List.copyOf(allowed);
        }
    }

    static <T> OptionValue<T> given(T value) {
        return new OptionValue<>(value, null);
    }

    static <T> OptionValue<T> refused(Refusal refusal) {
        return new OptionValue<>(null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
