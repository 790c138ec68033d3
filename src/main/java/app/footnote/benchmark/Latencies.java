package app.footnote.benchmark;

import java.util.Arrays;

/** Nanosecond samples and their percentiles, printed in milliseconds. */
final class Latencies {

    private final long[] samples;
    private int size;

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    synchronized void add(long nanos) {
        samples[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    synchronized double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    String describe() {
        return String.format("p50 %.2f ms, p99 %.2f ms", percentileMillis(50), percentileMillis(99));
    }
}
