package dev.sharebench.core.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A way to run the catalogue. The first three are {@code run-all.sh --profile} values; {@code gate},
 * {@code jfr} and {@code canary} are the parameter sets of the regression gate, of the JFR
 * attribution pass and of the machine-state canary.
 *
 * <p>Headline parameter sets (one per workload, named in its catalogue entry) get
 * {@link #headlineForks()} forks, so that every headline has a confidence interval; the rest of a
 * workload's parameter space is exploratory and gets {@link #exploreForks()}.
 */
public enum Profile {
    SMOKE("smoke", "every parameter set once, very briefly: each benchmark verifies itself (tests)", 1, 1,
            Timing.of(0, "100ms", 1, "100ms")),
    QUICK("quick", "the default: every parameter set once, briefly", 1, 1,
            Timing.of(1, "300ms", 2, "400ms")),
    FULL("full", "publication: every parameter set at 5 forks", 5, 5,
            Timing.of(5, "1s", 5, "1s")),
    GATE("gate", "the regression gate's parameter sets (forks chosen by gate.sh)", 10, 0,
            Timing.of(3, "300ms", 5, "300ms")),
    JFR("jfr", "the JFR attribution pass: contrasts worth explaining, one fork", 1, 0,
            Timing.of(1, "300ms", 1, "1s")),
    CANARY("canary", "the machine-state canary, run at the start, middle and end of a run", 1, 0,
            Timing.of(2, "100ms", 5, "100ms"));

    private final String id;
    private final String purpose;
    private final int headlineForks;
    private final int exploreForks;
    private final Timing timing;

    Profile(String id, String purpose, int headlineForks, int exploreForks, Timing timing) {
        this.id = id;
        this.purpose = purpose;
        this.headlineForks = headlineForks;
        this.exploreForks = exploreForks;
        this.timing = timing;
    }

    public String id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    /** Forks of a headline parameter set. */
    public int headlineForks() {
        return headlineForks;
    }

    /** Forks of an exploratory parameter set; 0 for the passes that only run explicit sets. */
    public int exploreForks() {
        return exploreForks;
    }

    /** The default fork timing; a workload may override it per profile. */
    public Timing timing() {
        return timing;
    }

    /** Whether {@code run-all.sh --profile} accepts it. */
    public boolean isRunAll() {
        return this == SMOKE || this == QUICK || this == FULL;
    }

    public static Profile of(String id) {
        for (Profile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "' (profiles: "
                + Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", ")) + ")");
    }
}
