package dev.sharebench.core.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Outcome counts of one proof variant run, built up trial by trial. Outcome ids and descriptions
 * are declared first (the same ids in Broken and Fixed, graded per variant), so a declared outcome
 * that never occurs is still listed with count 0.
 */
public final class Counts {

    private record Declared(Grade grade, String desc) {
    }

    private final Map<String, Declared> declared = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> aliases = new ArrayList<>();
    private long trials;

    /** Declares an outcome; call once per id, before counting it. */
    public Counts declare(String id, Grade grade, String desc) {
        if (declared.putIfAbsent(Objects.requireNonNull(id, "id"), new Declared(grade, desc)) != null) {
            throw new IllegalArgumentException("outcome '" + id + "' declared twice");
        }
        counts.put(id, 0L);
        return this;
    }

    /** Declares the bug's outcome: ACCEPTABLE_INTERESTING in the Broken variant, FORBIDDEN in the Fixed one. */
    public Counts declareBug(Variant variant, String id, String desc) {
        return declare(id, variant == Variant.BROKEN ? Grade.ACCEPTABLE_INTERESTING : Grade.FORBIDDEN, desc);
    }

    /** Counts one trial that ended with outcome {@code id}. */
    public void count(String id) {
        add(id, 1);
    }

    /** Counts {@code n} trials that ended with outcome {@code id}. */
    public void add(String id, long n) {
        if (!declared.containsKey(id)) {
            throw new IllegalArgumentException("outcome '" + id + "' was not declared; declared: " + declared.keySet());
        }
        counts.merge(id, n, Long::sum);
        trials += n;
    }

    /** Records that this run used the registry mechanisms {@code ran} (listed in the proof's record). */
    public Counts ran(String... ran) {
        for (String alias : ran) {
            if (!aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        return this;
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    public long trials() {
        return trials;
    }

    public long countOf(String id) {
        return counts.getOrDefault(id, 0L);
    }

    /** Replaces the description of a declared outcome (to add what was measured, e.g. peak length). */
    public void describe(String id, String desc) {
        Declared d = declared.get(id);
        if (d == null) {
            throw new IllegalArgumentException("outcome '" + id + "' was not declared");
        }
        declared.put(id, new Declared(d.grade(), desc));
    }

    public List<Outcome> outcomes() {
        return declared.entrySet().stream()
                .map(e -> new Outcome(e.getKey(), counts.get(e.getKey()), e.getValue().grade(), e.getValue().desc())).toList();
    }
}
