package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.manager.ManagerRoundTrip;
import dev.sharebench.core.manager.rmi.RmiRoundTrip;
import dev.sharebench.core.mmap.MmapPingPong;
import dev.sharebench.core.pipe.FrameRoundTrip;
import dev.sharebench.core.pipe.ProcessQueueRoundTrip;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;

/**
 * The ping-pong workload (RttBench): the one alias-to-{@link RoundTrip} mapping. The shared-memory
 * rows carry their wait strategy in the alias ({@code mmap-spin}, {@code mmap-yield},
 * {@code mmap-park}, {@code mmap-futex}, and {@code mmap-block}: futex without spinning); the kernel
 * transports, the manager and rmi block in the kernel. (When the transports take a wait strategy as
 * an argument, their registrations declare it and {@link RoundTripArgs} carries it.)
 */
public final class RoundTrips {

    public static final Factory<RoundTripArgs, RoundTrip> FACTORY =
            Factory.<RoundTripArgs, RoundTrip>builder("RoundTrip", RoundTripArgs::check)
                    .register(reuse("mmap-spin"), (alias, a) -> new MmapPingPong(alias, WaitStrategy.SPIN, a.placement()))
                    .register(reuse("mmap-yield"), (alias, a) -> new MmapPingPong(alias, WaitStrategy.YIELD, a.placement()))
                    .register(reuse("mmap-park"), (alias, a) -> new MmapPingPong(alias, WaitStrategy.PARK, a.placement()))
                    .register(reuse("mmap-futex"), (alias, a) -> new MmapPingPong(alias, WaitStrategy.FUTEX, a.placement()))
                    .register(reuse("mmap-block"), (alias, a) -> new MmapPingPong(alias, WaitStrategy.BLOCK, a.placement()))
                    .register(reuse("pipe"), (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(reuse("fifo"), (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(reuse("process-queue"), (alias, a) -> new ProcessQueueRoundTrip(a.placement()))
                    .register(reuse("uds"), (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(reuse("tcp"), (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(reuse("manager-uds"), (alias, a) -> new ManagerRoundTrip(alias, "uds", a.placement()))
                    .register(reuse("manager-tcp"), (alias, a) -> new ManagerRoundTrip(alias, "tcp", a.placement()))
                    .register(reuse("rmi"), (alias, a) -> new RmiRoundTrip(a.placement()))
                    .build();

    private RoundTrips() {
    }

    /** {@code FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)))}. */
    public static RoundTrip create(String alias, String placement) {
        return FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)));
    }
}
