package dev.sharebench.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mechanism of Python's classic threading and multiprocessing guides, measured in the same run as
 * its Java counterparts, so a reader who comes from the guides sees what the original costs beside
 * the Java ways. The report shows the two numbers and the ratio Java/Python, as reference rows
 * marked Python: never in a ranking or a recommendation.
 *
 * <p>The Python case runs right before and right after every fork of the FIRST counterpart, which
 * names exactly one parameter point (one cell), into {@code reference/pairs/<id>.jsonl}; the other
 * counterparts are compared with the same Python measurements.
 *
 * @param id           stable id, e.g. {@code G1}
 * @param classic      the mechanism as the guides name it, e.g. "threading.Lock counter, 2 threads"
 * @param python       one case of {@code python-guides.py}
 * @param pythonField  the field of the case's JSON line that holds the compared value (usually {@code value})
 * @param pythonUnit   that field's unit: {@code ns} or {@code us} (time per operation) or a rate ending in {@code /s}
 * @param counterparts the Java side, the paired one first
 */
public record Guide(String id, String classic, Target.Selector python, String pythonField, String pythonUnit,
                    List<Counterpart> counterparts) {

    /** The Python program every guide runs. */
    public static final String PROGRAM = "python-guides.py";

    /**
     * One Java counterpart: JMH runs of a workload's method (several mechanisms: one row each).
     *
     * @param java the runs
     * @param note what differs in what the two sides count, or "" (shown beside the ratio)
     */
    public record Counterpart(Target.Selector java, String note) {

        public Counterpart {
            Objects.requireNonNull(java, "java");
            if (!java.isBench()) {
                throw new IllegalArgumentException("a guide's counterpart is a JMH bench, got " + java.program());
            }
            note = note == null ? "" : note;
        }
    }

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(classic, "classic");
        Objects.requireNonNull(pythonField, "pythonField");
        counterparts = List.copyOf(counterparts);
        if (python.isBench() || !PROGRAM.equals(python.program())) {
            throw new IllegalArgumentException(id + ": the Python side is a case of " + PROGRAM);
        }
        if (!pythonUnit.equals("ns") && !pythonUnit.equals("us") && !pythonUnit.endsWith("/s")) {
            throw new IllegalArgumentException(id + ": pythonUnit must be ns, us or a rate (.../s), got " + pythonUnit);
        }
        if (counterparts.isEmpty()) {
            throw new IllegalArgumentException(id + ": a guide needs at least one Java counterpart");
        }
        for (Map.Entry<String, List<String>> p : counterparts.getFirst().java().params().entrySet()) {
            if (p.getValue().size() != 1) {
                throw new IllegalArgumentException(id + ": the paired counterpart must name one cell, " + p.getKey() + " has " + p.getValue());
            }
        }
    }

    /** The counterpart whose forks the Python case runs around. */
    public Target.Selector paired() {
        return counterparts.getFirst().java();
    }

    /** This guide as a same-run reference pairing (the suite runner's view). */
    public Pairing pairing() {
        return new Pairing(id, paired(), python);
    }
}
