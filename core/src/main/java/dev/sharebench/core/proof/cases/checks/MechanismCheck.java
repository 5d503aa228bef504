package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.workload.Factory;
import java.util.Arrays;
import java.util.List;

/*
 * What every check shares: its catalogue entry and the aliases it runs (its kind, CHECK, gives it a
 * Fixed variant only). In the proofs stage a check runs the aliases the catalogue lists, created
 * through the real factories. The seam for tests: a check built on other factories
 * (MechanismChecksTest plants a faulty alias in one) runs every alias of those factories instead, so
 * a check can be shown to fail.
 */
abstract class MechanismCheck implements Proof {

    private final ProofInfo info;
    private final List<String> aliases;

    /** Runs the aliases the catalogue says this check runs. */
    MechanismCheck(String id) {
        this.info = ProofCatalog.find(id).orElseThrow(() -> new IllegalStateException("no catalogue entry " + id));
        this.aliases = info.aliases();
    }

    /** Runs every alias of {@code factories} (the seam for planted faults). */
    MechanismCheck(String id, Factory<?, ?>... factories) {
        this.info = ProofCatalog.find(id).orElseThrow(() -> new IllegalStateException("no catalogue entry " + id));
        this.aliases = Arrays.stream(factories).flatMap(f -> f.aliases().stream()).distinct().toList();
    }

    @Override
    public final ProofInfo info() {
        return info;
    }

    /** The aliases this check runs, in order. */
    final List<String> aliases() {
        return aliases;
    }
}
