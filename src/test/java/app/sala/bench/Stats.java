package app.sala.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Percentiles over a handful of samples (nearest rank: a p95 of 10 samples is the largest). */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    int count() {
        return values.size();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double mean() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    /** "p50 / p95 ms (n)", the way latency rows show it. */
    String millis() {
        return isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0f / %.0f ms (n=%d)", p50(), p95(), count());
    }
}
