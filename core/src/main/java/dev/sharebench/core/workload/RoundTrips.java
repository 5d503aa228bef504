package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.MANAGER_PROXY;
import static dev.sharebench.core.workload.Mechanisms.PIPE_OF_COPIES;
import static dev.sharebench.core.workload.Mechanisms.SHARED_MEMORY_BLOCK;
import static dev.sharebench.core.wait.WaitStrategy.BLOCK;
import static dev.sharebench.core.wait.WaitStrategy.BUSY_POLL;
import static dev.sharebench.core.wait.WaitStrategy.FUTEX;
import static dev.sharebench.core.wait.WaitStrategy.PARK;
import static dev.sharebench.core.wait.WaitStrategy.SPIN;
import static dev.sharebench.core.wait.WaitStrategy.SPIN_THEN_BLOCK;
import static dev.sharebench.core.wait.WaitStrategy.YIELD;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.manager.ManagerRoundTrip;
import dev.sharebench.core.manager.rmi.RmiRoundTrip;
import dev.sharebench.core.mmap.MmapPingPong;
import dev.sharebench.core.pipe.FrameRoundTrip;
import dev.sharebench.core.pipe.ProcessQueueRoundTrip;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.Set;

/**
 * The ping-pong workload (RttBench): the one alias-to-{@link RoundTrip} mapping. Each alias waits one
 * way, named in the alias where there is a choice, and declares that wait ({@link Factory#waits}), so
 * that the catalogue can pick rows by wait strategy:
 * <ul>
 *   <li>shared memory: {@code mmap-spin}, {@code mmap-yield}, {@code mmap-park}, {@code mmap-futex}
 *       and {@code mmap-block} (futex without spinning);</li>
 *   <li>kernel transports: {@code pipe}, {@code fifo}, {@code process-queue}, {@code uds}, {@code tcp}
 *       block in the kernel; {@code <transport>-busy-poll} retries non-blocking reads in a loop and
 *       never gives up the CPU; {@code <transport>-spin-then-block} does so for 20 us, then sleeps in
 *       poll/epoll (see {@code pipe.FrameTransport});</li>
 *   <li>the manager: {@code manager-uds}, {@code manager-tcp} block (a selector server, a blocking
 *       client); {@code manager-<transport>-busy-poll} polls on both sides (selectNow in the server's
 *       loop, non-blocking reads in the client), {@code manager-<transport>-spin-then-block} does so
 *       for 20 us, then sleeps (select; an epoll selector); rmi blocks in the kernel.</li>
 * </ul>
 */
public final class RoundTrips {

    public static final Factory<RoundTripArgs, RoundTrip> FACTORY =
            Factory.<RoundTripArgs, RoundTrip>builder("RoundTrip", RoundTripArgs::check)
                    .register(define("mmap-spin", Family.MMAP, "ping-pong through the mapping, both sides busy-spin (Thread.onSpinWait)", SHARED_MEMORY_BLOCK),
                            Set.of(SPIN), (alias, a) -> new MmapPingPong(alias, SPIN, a.placement()))
                    .register(define("mmap-yield", Family.MMAP, "ping-pong through the mapping, spin 100 then Thread.yield", SHARED_MEMORY_BLOCK),
                            Set.of(YIELD), (alias, a) -> new MmapPingPong(alias, YIELD, a.placement()))
                    .register(define("mmap-park", Family.MMAP, "ping-pong through the mapping, spin 100 then parkNanos(1 us)", SHARED_MEMORY_BLOCK),
                            Set.of(PARK), (alias, a) -> new MmapPingPong(alias, PARK, a.placement()))
                    .register(define("mmap-futex", Family.MMAP, "ping-pong through the mapping, spin then FUTEX_WAIT on the shared word (FFM syscall)", SHARED_MEMORY_BLOCK),
                            Set.of(FUTEX), (alias, a) -> new MmapPingPong(alias, FUTEX, a.placement()))
                    .register(define("mmap-block", Family.MMAP, "ping-pong through the mapping, FUTEX_WAIT at once, no spinning (the C futex baseline)", SHARED_MEMORY_BLOCK),
                            Set.of(BLOCK), (alias, a) -> new MmapPingPong(alias, BLOCK, a.placement()))
                    .register(define("pipe", Family.PIPE, "the child's stdin/stdout with length-prefixed frames", PIPE_OF_COPIES),
                            Set.of(BLOCK), frames("pipe", BLOCK))
                    .register(define("fifo", Family.PIPE, "a named FIFO pair (mkfifo) with length-prefixed frames", PIPE_OF_COPIES),
                            Set.of(BLOCK), frames("fifo", BLOCK))
                    .register(define("process-queue", Family.PIPE, "a bounded queue over a pipe: serialized items, a feeder thread", PIPE_OF_COPIES),
                            Set.of(BLOCK), queue(BLOCK))
                    .register(define("uds", Family.SOCKET, "a Unix domain stream socket (SocketChannel, UNIX family)", PIPE_OF_COPIES),
                            Set.of(BLOCK), frames("uds", BLOCK))
                    .register(define("tcp", Family.SOCKET, "a TCP loopback socket with TCP_NODELAY", PIPE_OF_COPIES),
                            Set.of(BLOCK), frames("tcp", BLOCK))
                    .register(define("pipe-busy-poll", Family.PIPE, "pipe, both ends retry non-blocking reads in a loop (Thread.onSpinWait), never sleeping", PIPE_OF_COPIES),
                            Set.of(BUSY_POLL), frames("pipe", BUSY_POLL))
                    .register(define("pipe-spin-then-block", Family.PIPE, "pipe, both ends retry non-blocking reads for 20 us, then sleep in poll(2)", PIPE_OF_COPIES),
                            Set.of(SPIN_THEN_BLOCK), frames("pipe", SPIN_THEN_BLOCK))
                    .register(define("fifo-busy-poll", Family.PIPE, "named FIFO pair, non-blocking reads in a loop on both ends", PIPE_OF_COPIES),
                            Set.of(BUSY_POLL), frames("fifo", BUSY_POLL))
                    .register(define("fifo-spin-then-block", Family.PIPE, "named FIFO pair, non-blocking reads for 20 us, then poll(2)", PIPE_OF_COPIES),
                            Set.of(SPIN_THEN_BLOCK), frames("fifo", SPIN_THEN_BLOCK))
                    .register(define("process-queue-busy-poll", Family.PIPE, "process-queue whose pipe readers busy-poll (the feeder threads still block)", PIPE_OF_COPIES),
                            Set.of(BUSY_POLL), queue(BUSY_POLL))
                    .register(define("process-queue-spin-then-block", Family.PIPE, "process-queue whose pipe readers spin 20 us, then poll(2)", PIPE_OF_COPIES),
                            Set.of(SPIN_THEN_BLOCK), queue(SPIN_THEN_BLOCK))
                    .register(define("uds-busy-poll", Family.SOCKET, "Unix domain socket, non-blocking SocketChannel reads in a loop on both ends", PIPE_OF_COPIES),
                            Set.of(BUSY_POLL), frames("uds", BUSY_POLL))
                    .register(define("uds-spin-then-block", Family.SOCKET, "Unix domain socket, non-blocking reads for 20 us, then an epoll Selector", PIPE_OF_COPIES),
                            Set.of(SPIN_THEN_BLOCK), frames("uds", SPIN_THEN_BLOCK))
                    .register(define("tcp-busy-poll", Family.SOCKET, "TCP loopback, non-blocking SocketChannel reads in a loop on both ends", PIPE_OF_COPIES),
                            Set.of(BUSY_POLL), frames("tcp", BUSY_POLL))
                    .register(define("tcp-spin-then-block", Family.SOCKET, "TCP loopback, non-blocking reads for 20 us, then an epoll Selector", PIPE_OF_COPIES),
                            Set.of(SPIN_THEN_BLOCK), frames("tcp", SPIN_THEN_BLOCK))
                    .register(define("manager-uds", Family.MANAGER, "manager server child JVM, proxies over a Unix domain socket", MANAGER_PROXY),
                            Set.of(BLOCK), manager("uds", BLOCK))
                    .register(define("manager-tcp", Family.MANAGER, "manager server child JVM, proxies over TCP loopback", MANAGER_PROXY),
                            Set.of(BLOCK), manager("tcp", BLOCK))
                    .register(define("manager-uds-busy-poll", Family.MANAGER, "manager-uds, the server's loop busy-polls (selectNow) and the client retries non-blocking reads, never sleeping", MANAGER_PROXY),
                            Set.of(BUSY_POLL), manager("uds", BUSY_POLL))
                    .register(define("manager-uds-spin-then-block", Family.MANAGER, "manager-uds, server and client poll for 20 us, then sleep (select; an epoll Selector)", MANAGER_PROXY),
                            Set.of(SPIN_THEN_BLOCK), manager("uds", SPIN_THEN_BLOCK))
                    .register(define("manager-tcp-busy-poll", Family.MANAGER, "manager-tcp, the server's loop busy-polls (selectNow) and the client retries non-blocking reads, never sleeping", MANAGER_PROXY),
                            Set.of(BUSY_POLL), manager("tcp", BUSY_POLL))
                    .register(define("manager-tcp-spin-then-block", Family.MANAGER, "manager-tcp, server and client poll for 20 us, then sleep (select; an epoll Selector)", MANAGER_PROXY),
                            Set.of(SPIN_THEN_BLOCK), manager("tcp", SPIN_THEN_BLOCK))
                    .register(define("rmi", Family.MANAGER, "Java RMI remote object in a child JVM (the JDK's own remote proxies), behind the run's HMAC login", MANAGER_PROXY),
                            Set.of(BLOCK), (alias, a) -> new RmiRoundTrip(a.placement()))
                    .build();

    private RoundTrips() {
    }

    /** A frame ping-pong over {@code transport} (pipe, fifo, uds, tcp), both ends waiting {@code wait}. */
    private static Factory.Maker<RoundTripArgs, RoundTrip> frames(String transport, WaitStrategy wait) {
        return (alias, a) -> new FrameRoundTrip(alias, transport, wait, a.placement());
    }

    /** A manager over {@code transport} (uds, tcp): its selector server's loop and the client wait {@code wait}. */
    private static Factory.Maker<RoundTripArgs, RoundTrip> manager(String transport, WaitStrategy wait) {
        return (alias, a) -> new ManagerRoundTrip(alias, transport, wait, a.placement());
    }

    /** The process queue, its pipe readers waiting {@code wait}. */
    private static Factory.Maker<RoundTripArgs, RoundTrip> queue(WaitStrategy wait) {
        return (alias, a) -> new ProcessQueueRoundTrip(alias, wait, a.placement());
    }

    /** {@code FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)))}. */
    public static RoundTrip create(String alias, String placement) {
        return FACTORY.create(alias, new RoundTripArgs(Placement.of(placement)));
    }
}
