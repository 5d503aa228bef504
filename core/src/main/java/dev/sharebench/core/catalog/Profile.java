package dev.sharebench.core.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A way to run the catalogue. The first three are {@code run-all.sh --profile} values; {@code gate},
 * {@code jfr} and {@code canary} are the parameter sets of the regression gate, of the JFR
 * attribution pass and of the machine-state canary.
 *
 * <p>Headline parameter sets (one per workload, named in its catalogue entry) get
 * {@link #headlineForks()} forks, so that every headline has a confidence interval (the report's
 * interval rule needs 3 forks a side); the rest of a workload's parameter space, and the cells a
 * target or guide reads outside the headline, get {@link #exploreForks()}. A profile that does not {@link #exploresAll()}
 * runs only the exploratory sets a workload names for it (quick: the time budget goes to the
 * headlines' forks first).
 */
public enum Profile {
    SMOKE("smoke", "every parameter set once, very briefly: each benchmark verifies itself (tests)", 1, 1,
            Timing.of(0, "100ms", 1, "100ms"), true),
    QUICK("quick", "the default: every headline at 3 forks (a 95% CI), forks interleaved; exploratory sets only"
            + " where a workload names them, at 1 fork", 3, 1,
            Timing.of(1, "100ms", 2, "150ms"), false),
    FULL("full", "publication: headlines at 10 forks, every other parameter set at 5", 10, 5,
            Timing.of(5, "1s", 5, "1s"), true),
    GATE("gate", "the regression gate's parameter sets (forks chosen by gate.sh)", 10, 0,
            Timing.of(3, "300ms", 5, "300ms"), false),
    JFR("jfr", "the JFR attribution pass: contrasts worth explaining, one fork", 1, 0,
            Timing.of(1, "200ms", 1, "600ms"), false),
    CANARY("canary", "the machine-state canary, run at the start, middle and end of a run", 1, 0,
            Timing.of(2, "100ms", 5, "100ms"), false);

    private final String id;
    private final String purpose;
    private final int headlineForks;
    private final int exploreForks;
    private final Timing timing;
    private final boolean exploresAll;

    Profile(String id, String purpose, int headlineForks, int exploreForks, Timing timing, boolean exploresAll) {
        this.id = id;
        this.purpose = purpose;
        this.headlineForks = headlineForks;
        this.exploreForks = exploreForks;
        this.timing = timing;
        this.exploresAll = exploresAll;
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

    /**
     * Whether the profile runs every workload's whole parameter space (smoke, full), or only the
     * exploratory sets a workload names for it ({@code explore(profile, ...)}; quick).
     */
    public boolean exploresAll() {
        return exploresAll;
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
