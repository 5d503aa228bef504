package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.MANAGER_PROXY;
import static dev.sharebench.core.workload.Mechanisms.PIPE_OF_COPIES;
import static dev.sharebench.core.workload.Mechanisms.SHARED_MEMORY_BLOCK;

import dev.sharebench.core.Family;
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
                    .register(define("mmap-spin", Family.MMAP, "ping-pong through the mapping, both sides busy-spin (Thread.onSpinWait)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new MmapPingPong(alias, WaitStrategy.SPIN, a.placement()))
                    .register(define("mmap-yield", Family.MMAP, "ping-pong through the mapping, spin 100 then Thread.yield", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new MmapPingPong(alias, WaitStrategy.YIELD, a.placement()))
                    .register(define("mmap-park", Family.MMAP, "ping-pong through the mapping, spin 100 then parkNanos(1 us)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new MmapPingPong(alias, WaitStrategy.PARK, a.placement()))
                    .register(define("mmap-futex", Family.MMAP, "ping-pong through the mapping, spin then FUTEX_WAIT on the shared word (FFM syscall)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new MmapPingPong(alias, WaitStrategy.FUTEX, a.placement()))
                    .register(define("mmap-block", Family.MMAP, "ping-pong through the mapping, FUTEX_WAIT at once, no spinning (the C futex baseline)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new MmapPingPong(alias, WaitStrategy.BLOCK, a.placement()))
                    .register(define("pipe", Family.PIPE, "the child's stdin/stdout with length-prefixed frames", PIPE_OF_COPIES),
                            (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(define("fifo", Family.PIPE, "a named FIFO pair (mkfifo) with length-prefixed frames", PIPE_OF_COPIES),
                            (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(define("process-queue", Family.PIPE, "a bounded queue over a pipe: serialized items, a feeder thread", PIPE_OF_COPIES),
                            (alias, a) -> new ProcessQueueRoundTrip(a.placement()))
                    .register(define("uds", Family.SOCKET, "a Unix domain stream socket (SocketChannel, UNIX family)", PIPE_OF_COPIES),
                            (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(define("tcp", Family.SOCKET, "a TCP loopback socket with TCP_NODELAY", PIPE_OF_COPIES),
                            (alias, a) -> new FrameRoundTrip(alias, a.placement()))
                    .register(define("manager-uds", Family.MANAGER, "manager server child JVM, proxies over a Unix domain socket", MANAGER_PROXY),
                            (alias, a) -> new ManagerRoundTrip(alias, "uds", a.placement()))
                    .register(define("manager-tcp", Family.MANAGER, "manager server child JVM, proxies over TCP loopback", MANAGER_PROXY),
                            (alias, a) -> new ManagerRoundTrip(alias, "tcp", a.placement()))
                    .register(define("rmi", Family.MANAGER, "Java RMI remote object in a child JVM (the JDK's own remote proxies), behind the run's HMAC login", MANAGER_PROXY),
                            (alias, a) -> new RmiRoundTrip(a.placement()))
                    .build();

    private RoundTrips() {
    }

    /** {@code FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)))}. */
    public static RoundTrip create(String alias, String placement) {
        return FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)));
    }
}
