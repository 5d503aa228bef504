package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.manager.ManagerRoundTrip;
import dev.sharebench.core.manager.rmi.RmiRoundTrip;
import dev.sharebench.core.mmap.MmapPingPong;
import dev.sharebench.core.pipe.FrameRoundTrip;
import dev.sharebench.core.pipe.ProcessQueueRoundTrip;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.List;

/**
 * The one alias -> implementation mapping of the ping-pong contract. The shared-memory rows carry
 * their wait strategy in the alias ({@code mmap-spin}, {@code mmap-yield}, {@code mmap-park},
 * {@code mmap-futex}, and {@code mmap-block}: futex without spinning); the kernel transports, the manager and rmi block in the kernel.
 */
public final class RoundTrips {

    /** Every alias this factory supports (each registered in {@link Mechanisms}). */
    public static final List<String> SUPPORTED = List.of("mmap-spin", "mmap-yield", "mmap-park", "mmap-futex",
            "mmap-block", "pipe", "fifo", "process-queue", "uds", "tcp", "manager-uds", "manager-tcp", "rmi");

    private RoundTrips() {
    }

    public static RoundTrip open(String mechanism, String placement) {
        Mechanisms.get(mechanism);
        Placement where = Placement.of(placement);
        return switch (mechanism) {
            case "mmap-spin" -> new MmapPingPong(mechanism, WaitStrategy.SPIN, where);
            case "mmap-yield" -> new MmapPingPong(mechanism, WaitStrategy.YIELD, where);
            case "mmap-park" -> new MmapPingPong(mechanism, WaitStrategy.PARK, where);
            case "mmap-futex" -> new MmapPingPong(mechanism, WaitStrategy.FUTEX, where);
            case "mmap-block" -> new MmapPingPong(mechanism, WaitStrategy.BLOCK, where);
            case "pipe", "fifo", "uds", "tcp" -> new FrameRoundTrip(mechanism, where);
            case "process-queue" -> new ProcessQueueRoundTrip(where);
            case "manager-uds" -> new ManagerRoundTrip(mechanism, "uds", where);
            case "manager-tcp" -> new ManagerRoundTrip(mechanism, "tcp", where);
            case "rmi" -> new RmiRoundTrip(where);
            default -> throw new UnknownMechanismException(mechanism, "round-trip", SUPPORTED);
        };
    }
}
