package dev.sharebench.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reference program case measured right before and right after every fork of one Java side, into
 * {@code reference/pairs/<id>.jsonl}: the performance targets' references and the guides' Python
 * cases. The suite runner only needs this much of either.
 *
 * @param id        the target's or guide's id: the pairs file's name
 * @param bench     the Java side (a bench selector)
 * @param reference the program case (a reference selector)
 * @param context   whether the Java side is a target's context row (shown, never judged): it may not run in
 *                  every profile, while a judged side or a guide's counterpart must
 */
public record Pairing(String id, Target.Selector bench, Target.Selector reference, boolean context) {

    /** A judged side's or a guide's pairing. */
    public Pairing(String id, Target.Selector bench, Target.Selector reference) {
        this(id, bench, reference, false);
    }

    public Pairing {
        Objects.requireNonNull(id, "id");
        if (!bench.isBench() || reference.isBench()) {
            throw new IllegalArgumentException(id + ": a pairing is a bench and a reference program");
        }
    }

    /**
     * Every pairing of the catalogue: the bench-versus-reference targets (their judged side and each
     * context row, into the target's one file: each line names the cell it was measured for), then the guides.
     */
    public static List<Pairing> all() {
        List<Pairing> out = new ArrayList<>();
        for (Target t : Targets.ALL) {
            t.referenceSide().ifPresent(ref -> {
                out.add(new Pairing(t.id(), t.benchSide(), ref));
                t.context().forEach(c -> out.add(new Pairing(t.id(), c, ref, true)));
            });
        }
        Guides.ALL.forEach(g -> out.add(g.pairing()));
        return List.copyOf(out);
    }
}
