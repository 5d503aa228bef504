package dev.sharebench.core.xproc;

import dev.sharebench.core.Mechanisms;
import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.manager.ManagerRoundTrip;
import dev.sharebench.core.manager.rmi.RmiRoundTrip;
import dev.sharebench.core.mmap.MmapPingPong;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.List;

/**
 * The one alias -> implementation mapping of the ping-pong contract. {@code mmap} takes a wait
 * strategy (spin, yield, park, futex); the kernel transports, the manager and rmi block in the
 * kernel and take {@code block} only.
 */
public final class RoundTrips {

    /** Every alias this factory supports (each registered in {@link Mechanisms}). */
    public static final List<String> SUPPORTED = List.of("mmap", "pipe", "fifo", "uds", "tcp", "manager-uds", "manager-tcp", "rmi");
    /** Wait strategies for mmap; every other mechanism takes only "block". */
    public static final List<String> MMAP_WAITS = List.of("spin", "yield", "park", "futex");

    private RoundTrips() {
    }

    public static RoundTrip open(String mechanism, String waitStrategy, String placement) {
        Mechanisms.get(mechanism);
        Placement where = Placement.of(placement);
        WaitStrategy wait = WaitStrategy.of(waitStrategy);
        if (!mechanism.equals("mmap") && wait != WaitStrategy.BLOCK) {
            throw new IllegalArgumentException(mechanism + ": waitStrategy '" + waitStrategy
                    + "' not supported (this mechanism waits in the kernel: use 'block')");
        }
        return switch (mechanism) {
            case "mmap" -> new MmapPingPong(mechanism, wait, where);
            case "pipe", "fifo", "uds", "tcp" -> new FrameRoundTrip(mechanism, where);
            case "manager-uds" -> new ManagerRoundTrip(mechanism, "uds", where);
            case "manager-tcp" -> new ManagerRoundTrip(mechanism, "tcp", where);
            case "rmi" -> new RmiRoundTrip(where);
            default -> throw new UnknownMechanismException(mechanism, "round-trip", SUPPORTED);
        };
    }
}
