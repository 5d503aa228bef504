package dev.sharebench.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A performance target the report checks in every run: {@code numerator / denominator} compared with
 * {@code limit} in {@code direction}, both sides measured in the same run (this machine is too noisy
 * for any other comparison to mean something).
 *
 * @param id        stable id, e.g. {@code T3}
 * @param title     short title for the table
 * @param statement the target as a sentence
 * @param numerator what is divided
 * @param denominator what it is divided by
 * @param limit     the bound on the ratio
 * @param direction {@code <=} or {@code >=}
 */
public record Target(String id, String title, String statement, Selector numerator, Selector denominator,
                     double limit, String direction) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (!direction.equals("<=") && !direction.equals(">=")) {
            throw new IllegalArgumentException(id + ": direction must be <= or >=, got " + direction);
        }
        if (!(limit > 0)) {
            throw new IllegalArgumentException(id + ": limit must be > 0, got " + limit);
        }
    }

    /**
     * One side of a ratio: JMH runs of a workload's method with these parameter values (several
     * matches: the best), read by {@code statistic}; or a number in a same-run reference file.
     *
     * @param bench     {@code Workload.method}, or null for a reference
     * @param params    each listed param must have one of the listed values
     * @param statistic {@code median} (the report's estimate) or {@code p50} (SampleTime, pooled)
     * @param reference a file under the run's {@code reference/} folder, or null for a bench
     * @param path      dotted path of the number in that file
     * @param unit      its unit when the file does not say
     * @param needs     the tool the reference needs ({@code cc}, {@code python3}), for the "not measured" reason
     */
    public record Selector(String bench, Map<String, List<String>> params, String statistic,
                           String reference, String path, String unit, String needs) {

        public Selector {
            params = params == null ? Map.of() : Params.copy(params);
            if ((bench == null) == (reference == null)) {
                throw new IllegalArgumentException("a selector names either a bench or a reference");
            }
        }

        /** JMH runs of {@code workload}'s {@code method}, e.g. {@code bench(RTT, "roundTrip", "p50", "mechanism", "pipe")}. */
        public static Selector bench(Workload workload, String method, String statistic, String... params) {
            workload.spaceOf(method);
            return new Selector(workload.name() + "." + method, Params.of(params), statistic, null, null, null, null);
        }

        /** A number at {@code path} in {@code reference/<file>}. */
        public static Selector reference(String file, String path, String unit, String needs) {
            return new Selector(null, Map.of(), null, file, path, unit, needs);
        }
    }
}
