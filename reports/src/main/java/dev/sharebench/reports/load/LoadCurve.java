package dev.sharebench.reports.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Latency against offered load for one benchmark method and mechanism.
 *
 * @param workload  the benchmark class's simple name
 * @param method    the benchmark method
 * @param mechanism the mechanism alias
 * @param params    the other parameters (placement...), one value each
 * @param points    by increasing load
 */
public record LoadCurve(String workload, String method, String mechanism, Map<String, String> params, List<LoadPoint> points) {

    public LoadCurve {
        params = Map.copyOf(params);
        points = List.copyOf(points);
    }

    /** The highest offered rate (point estimate) whose p99 (point estimate) is at most {@code boundUs}, if any. */
    public Optional<LoadPoint> highestUnder(double boundUs) {
        return points.stream().filter(p -> p.p99().value() <= boundUs && Double.isFinite(p.offeredRate().value()))
                .max(java.util.Comparator.comparingDouble(p -> p.offeredRate().value()));
    }

    /** The point at {@code loadPercent}, if measured. */
    public Optional<LoadPoint> at(int loadPercent) {
        return points.stream().filter(p -> p.loadPercent() == loadPercent).findFirst();
    }
}
