package dev.sharebench.jmh.xproc;

import java.util.List;
import org.openjdk.jmh.results.AggregationPolicy;

/**
 * Figures a benchmark measured itself in one iteration (LoadLatencyBench's latency percentiles),
 * handed to JMH as secondary results by {@link CpuPerOpProfiler} after the iteration. The benchmark
 * publishes them in its {@code @TearDown(Level.Iteration)}, which JMH runs before the profiler's
 * {@code afterIteration}; the profiler takes them once.
 */
final class IterationFigures {

    /** One figure: its JSON label, value, unit, and how JMH folds the iterations of a fork into one score. */
    record Figure(String label, double value, String unit, AggregationPolicy policy) {
    }

    private static volatile List<Figure> published = List.of();

    private IterationFigures() {
    }

    static void publish(List<Figure> figures) {
        published = List.copyOf(figures);
    }

    /** The figures published since the last take (empty if none). */
    static List<Figure> take() {
        List<Figure> f = published;
        published = List.of();
        return f;
    }
}
