package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;

/* What every check shares: its catalogue entry (whose aliases it runs; its kind, CHECK, gives it a Fixed variant only). */
abstract class MechanismCheck implements Proof {

    private final ProofInfo info;

    MechanismCheck(String id) {
        this.info = ProofCatalog.find(id).orElseThrow(() -> new IllegalStateException("no catalogue entry " + id));
    }

    @Override
    public final ProofInfo info() {
        return info;
    }
}
