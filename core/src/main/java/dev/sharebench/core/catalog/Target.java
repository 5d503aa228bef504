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
 * @param context   bench selectors shown beside the judged side against the same reference, never
 *                  judged (e.g. the wait strategies a target did not choose); empty for most targets
 */
public record Target(String id, String title, String statement, Selector numerator, Selector denominator,
                     double limit, String direction, List<Selector> context) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        context = context == null ? List.of() : List.copyOf(context);
        /*
         * A target against a reference judges ONE mechanism, named here in advance. Judging the best
         * of several by its point estimate as if it had been chosen beforehand is a selection bias
         * (the luckiest of three noisy estimates beats the limit more often than any one of them):
         * list the others as context instead.
         */
        boolean againstReference = numerator.isBench() != denominator.isBench();
        Selector bench = numerator.isBench() ? numerator : denominator; // fields are not assigned yet: no accessors here
        if (againstReference && bench.params().getOrDefault("mechanism", List.of()).size() != 1) {
            throw new IllegalArgumentException(id + ": a target against a reference names exactly one mechanism (others go in context)");
        }
        if (!context.isEmpty() && !againstReference) {
            throw new IllegalArgumentException(id + ": context rows need a reference side to be compared with");
        }
        for (Selector c : context) {
            if (!c.isBench() || !c.bench().equals(bench.bench())) {
                throw new IllegalArgumentException(id + ": a context row is a run of " + bench.bench());
            }
        }
        if (!direction.equals("<=") && !direction.equals(">=")) {
            throw new IllegalArgumentException(id + ": direction must be <= or >=, got " + direction);
        }
        if (!(limit > 0)) {
            throw new IllegalArgumentException(id + ": limit must be > 0, got " + limit);
        }
    }

    /** A target without context rows. */
    public Target(String id, String title, String statement, Selector numerator, Selector denominator, double limit, String direction) {
        this(id, title, statement, numerator, denominator, limit, direction, List.of());
    }

    /**
     * One side of a ratio: JMH runs of a workload's method with these parameter values (several
     * matches: the best), read by {@code statistic}; or a same-run reference program measuring one
     * case, which the suite runner runs right before and right after every fork of the other side
     * (the ratio is then taken fork by fork: the machine's state moves within minutes here).
     *
     * @param bench     {@code Workload.method}, or null for a reference
     * @param params    each listed param must have one of the listed values
     * @param statistic {@code median} (the report's estimate) or {@code p50} (SampleTime)
     * @param program   a program of scripts/reference ({@code core-to-core}, {@code transports},
     *                  {@code shm-ring}, {@code python-guides.py}), or null for a bench
     * @param args      its case arguments (the JSON line it prints has the value in {@code value})
     * @param needs     the tool the program needs ({@code cc}, {@code python3}), for the "not measured" reason
     */
    public record Selector(String bench, Map<String, List<String>> params, String statistic,
                           String program, List<String> args, String needs) {

        public Selector {
            params = params == null ? Map.of() : Params.copy(params);
            args = args == null ? List.of() : List.copyOf(args);
            if ((bench == null) == (program == null)) {
                throw new IllegalArgumentException("a selector names either a bench or a reference program");
            }
        }

        public boolean isBench() {
            return bench != null;
        }

        /** JMH runs of {@code workload}'s {@code method}, e.g. {@code bench(RTT, "roundTrip", "p50", "mechanism", "pipe")}. */
        public static Selector bench(Workload workload, String method, String statistic, String... params) {
            workload.spaceOf(method);
            return new Selector(workload.name() + "." + method, Params.of(params), statistic, null, null, null);
        }

        /** One case of a reference program, e.g. {@code reference("transports", "cc", "--transport", "pipe")}. */
        public static Selector reference(String program, String needs, String... args) {
            return new Selector(null, Map.of(), null, program, List.of(args), needs);
        }

        /** Whether one parameter point of a workload's method (a runner cell) is what this bench side selects. */
        public boolean selects(String workload, String method, String mechanism, Map<String, String> cellParams) {
            if (!isBench() || !bench.equals(workload + "." + method)) {
                return false;
            }
            for (var e : params.entrySet()) {
                String v = e.getKey().equals("mechanism") ? mechanism : cellParams.get(e.getKey());
                if (v == null || !e.getValue().contains(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The reference side of a bench-versus-reference target, if it is one. */
    public java.util.Optional<Selector> referenceSide() {
        if (numerator.isBench() == denominator.isBench()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(numerator.isBench() ? denominator : numerator);
    }

    /** The bench side of a bench-versus-reference target (the numerator when both are benches). */
    public Selector benchSide() {
        return numerator.isBench() ? numerator : denominator;
    }
}
