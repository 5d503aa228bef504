package dev.sharebench.reports.canary;

import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.stats.Estimate;
import java.util.Locale;

/**
 * One canary benchmark compared between two points of a run.
 *
 * @param label     the canary benchmark's short name
 * @param from      the earlier point
 * @param to        the later point
 * @param fromValue geometric mean of the earlier point's iterations
 * @param toValue   the same at the later point
 * @param ratio     {@code to / from} with its interval (iterations as the unit, see {@link CanaryDrift})
 * @param drift     true when the whole interval lies outside {@code [1/(1+margin), 1+margin]}
 */
public record CanaryShift(String label, String unit, CanaryPoint from, CanaryPoint to, double fromValue, double toValue,
                          Estimate ratio, boolean drift) {

    /** E.g. "canary `CanaryBench.compute [avgt]` moved from 0.312 to 0.421 ns/op (x1.35, 95% CI [1.30, 1.40]) between start and middle". */
    public String describe() {
        return String.format(Locale.ROOT, "canary `%s` moved from %s to %s %s (x%s, CI %s, %.0f%% for the run's comparisons together) between %s and %s",
                label, Format.num(fromValue), Format.num(toValue), unit, Format.times(ratio.value()),
                ratio.hasInterval() ? "[" + Format.times(ratio.lower()) + ", " + Format.times(ratio.upper()) + "]" : "none (" + ratio.note() + ")",
                100 * CanaryDrift.CONFIDENCE, from.name(), to.name());
    }
}
