package dev.sharebench.reports.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one report, by where the documents place it.
 *
 * @param byAnchor   per comparison: its ranked chart ({@code fig-<anchor>}) and, for SampleTime,
 *                   its latency curve ({@code fig-<anchor>-percentiles})
 * @param scaling    per workload: lines over a numeric parameter (threads, payloadBytes, ...)
 * @param sideBySide per workload: values of a categorical parameter side by side (placement, ...)
 * @param proof      the proof outcomes, or null when the run has no proof records
 */
public record Figures(Map<String, Figure> byAnchor, Map<String, List<Figure>> scaling, Map<String, List<Figure>> sideBySide,
                      Figure proof) {

    public Figures {
        byAnchor = Collections.unmodifiableMap(new LinkedHashMap<>(byAnchor));
        scaling = Collections.unmodifiableMap(new LinkedHashMap<>(scaling));
        sideBySide = Collections.unmodifiableMap(new LinkedHashMap<>(sideBySide));
    }

    /** A report rendered with {@code --no-charts}. */
    public static Figures none() {
        return new Figures(Map.of(), Map.of(), Map.of(), null);
    }

    public int count() {
        return byAnchor.size() + scaling.values().stream().mapToInt(List::size).sum()
                + sideBySide.values().stream().mapToInt(List::size).sum() + (proof == null ? 0 : 1);
    }
}
