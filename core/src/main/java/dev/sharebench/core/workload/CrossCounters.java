package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.manager.ManagerCounter;
import dev.sharebench.core.mmap.MmapCounter;
import dev.sharebench.core.process.Placement;
import java.util.List;

/**
 * The one alias -> implementation mapping of the shared-counter contract. {@code batch} is what one
 * operation adds: one atomic add, one lock hold or one manager request per batch, so batch = 1 is
 * "increment" and batch > 1 is "batched" (the peer process uses the same batch).
 */
public final class CrossCounters {

    public static final List<String> SUPPORTED = List.of("mmap", "mmap-lock", "file-lock", "manager-uds", "manager-tcp");

    private CrossCounters() {
    }

    public static CrossCounter open(String mechanism, int batch, String placement) {
        Mechanisms.get(mechanism);
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        Placement where = Placement.of(placement);
        return switch (mechanism) {
            case "mmap", "mmap-lock", "file-lock" -> new MmapCounter(mechanism, batch, where);
            case "manager-uds" -> new ManagerCounter(mechanism, "uds", batch, where);
            case "manager-tcp" -> new ManagerCounter(mechanism, "tcp", batch, where);
            default -> throw new UnknownMechanismException(mechanism, "cross-process counter", SUPPORTED);
        };
    }
}
