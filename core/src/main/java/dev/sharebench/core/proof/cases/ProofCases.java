package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.cases.checks.Check_30_Counters;
import dev.sharebench.core.proof.cases.checks.Check_31_Handoffs;
import dev.sharebench.core.proof.cases.checks.Check_32_ScratchAndArrays;
import dev.sharebench.core.proof.cases.checks.Check_33_RoundTrips;
import dev.sharebench.core.proof.cases.checks.Check_34_CrossProcessData;
import dev.sharebench.core.proof.cases.checks.Check_35_Maps;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofInfo;
import java.util.List;

/** The proofs {@code core.jar proofs} runs itself: every deterministic and cross-process proof of the catalog. */
public final class ProofCases {

    private static final List<Proof> ALL = List.of(
            new ThreadLocal_10_Bleed(),
            new Queue_11_Unbounded(),
            new Offheap_12_UseAfterClose(),
            new Pipe_13_ChildGetsCopy(),
            new Mmap_14_InJvmLock(),
            new Manager_15_StaleSnapshot(),
            new Manager_16_ChattyLoop(),
            new Process_17_Orphan(),
            new Manager_18_Unserializable(),
            new Mmap_19_MappingLifecycle(),
            new Manager_21_SharedConnection(),
            new Manager_22_ProxyIncrement(),
            new Check_30_Counters(),
            new Check_31_Handoffs(),
            new Check_32_ScratchAndArrays(),
            new Check_33_RoundTrips(),
            new Check_34_CrossProcessData(),
            new Check_35_Maps());

    private ProofCases() {
    }

    public static List<Proof> all() {
        return ALL;
    }

    /** The runnable proofs for {@code wanted}, in catalog order; a jcstress proof is a usage error. */
    public static List<Proof> select(String argumentName, List<ProofInfo> wanted) {
        for (ProofInfo p : wanted) {
            if (p.kind().underJcstress()) {
                throw new IllegalArgumentException(argumentName + ": " + p.id() + " is a jcstress proof: run it with jcstress, "
                        + "then JcstressToRecords (see jcstress/README.md)");
            }
            if (ALL.stream().noneMatch(c -> c.info().equals(p))) {
                throw new IllegalArgumentException(argumentName + ": " + p.id() + " has no runnable implementation in this build");
            }
        }
        return ALL.stream().filter(c -> wanted.contains(c.info())).toList();
    }
}
