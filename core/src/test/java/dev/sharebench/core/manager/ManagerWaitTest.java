package dev.sharebench.core.manager;

import static dev.sharebench.core.process.ProcessSignals.awaitStopped;
import static dev.sharebench.core.process.ProcessSignals.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * The manager's polling waits (busy-poll, spin-then-block), on both sides at once: the server's loop
 * (selectNow) and the client (non-blocking reads), each case against a real server child JVM.
 *  - Replies are checked: get(v & 63) must return RoundTrip.reply(v & 63) (the map is preloaded with
 *    k -> k + 1), so a reply to another call shows as a wrong value. A planted wrong value (a second
 *    client overwrites a key with the key itself, the old echo) fails the round trip, naming it.
 *  - A server that stops answering (SIGSTOP: its socket stays open, so only silence) fails the call
 *    within the client's bound (250 ms here, 20 s in the benchmarks), saying the server still runs.
 *    Its late reply (get(2): 3) then reaches the next call, which the value check catches (that
 *    connection stays one reply behind from then on: a caller must drop it).
 *  - A killed server (SIGKILL) fails the next call at once (end of stream), not after the bound: seen
 *    on a second polling client of the same server.
 *  - Asked to stop (STOP on its control socket, the socket left open), a polling server leaves its
 *    loop and its JVM exits with 0 by itself; a loop that missed the stop makes the role fail, and
 *    ChildProcess.close then throws. (close() alone would not show it: the child halts as soon as its
 *    control socket closes.) Nothing is left: no process, no temp dir (the Unix socket lives there).
 */
@Timeout(90)
class ManagerWaitTest {

    private static final Duration HANG = Duration.ofMillis(250);

    static Stream<Arguments> transportsAndWaits() {
        return Stream.of(Arguments.of("uds", WaitStrategy.BUSY_POLL), Arguments.of("uds", WaitStrategy.SPIN_THEN_BLOCK),
                Arguments.of("tcp", WaitStrategy.BUSY_POLL), Arguments.of("tcp", WaitStrategy.SPIN_THEN_BLOCK));
    }

    static Stream<Arguments> faultCases() {
        return Stream.of(Arguments.of("uds", WaitStrategy.BUSY_POLL), Arguments.of("tcp", WaitStrategy.SPIN_THEN_BLOCK));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("transportsAndWaits")
    void checkedRepliesThenACleanStop(String transport, WaitStrategy wait) {
        String alias = "manager-" + transport + "-" + wait.alias();
        ManagerSession session = new ManagerSession(transport, Placement.OS, ServerLimits.DEFAULTS, wait, HANG);
        ChildProcess server = session.serverProcess();
        ManagerRoundTrip rt = new ManagerRoundTrip(alias, session);
        try {
            for (long v = 1; v <= 200; v++) {
                assertEquals(RoundTrip.reply(v), rt.roundTrip(v));
            }
            try (ManagerClient other = session.client(new BinaryCodec())) {
                other.proxy(SharedMap.class, "map").put(5L, 5L);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rt.roundTrip(5));
            assertTrue(e.getMessage().contains(alias + ": map.get(5) returned 5"), e.getMessage());
            assertEquals(RoundTrip.reply(7), rt.roundTrip(7));
            server.requestStop();
            assertTrue(ProcessHandle.of(server.pid()).map(p -> p.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join() != null)
                    .orElse(true), alias + ": a polling server asked to stop must leave its loop and exit");
        } finally {
            rt.close(); // throws if the server's role failed or exited abnormally
        }
        assertNothingLeft(server);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("faultCases")
    void aStoppedServerFailsWithinTheBoundAndAKilledOneAtOnce(String transport, WaitStrategy wait) throws Exception {
        String alias = "manager-" + transport + "-" + wait.alias();
        ManagerSession session = new ManagerSession(transport, Placement.OS, ServerLimits.DEFAULTS, wait, HANG);
        ChildProcess server = session.serverProcess();
        ManagerRoundTrip rt = new ManagerRoundTrip(alias, session);
        try (ManagerClient spare = session.client(new BinaryCodec())) {
            SharedMap spareMap = spare.proxy(SharedMap.class, "map");
            assertEquals(RoundTrip.reply(1), rt.roundTrip(1));

            signal(server, "STOP");
            awaitStopped(server.pid());
            long t0 = System.nanoTime();
            IllegalStateException hung = assertThrows(IllegalStateException.class, () -> rt.roundTrip(2));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String why = hung.getMessage() + " / cause: " + hung.getCause();
            assertTrue(why.contains(alias + ": map.get(2) failed") && why.contains("stopped answering") && why.contains("still running"), why);
            assertTrue(ms >= HANG.toMillis() && ms < HANG.toMillis() + 1_500, "detected after " + ms + " ms");

            signal(server, "CONT");
            IllegalStateException late = assertThrows(IllegalStateException.class, () -> rt.roundTrip(3));
            assertTrue(late.getMessage().contains("map.get(3) returned " + RoundTrip.reply(2)), late.getMessage());

            signal(server, "KILL");
            assertTrue(ProcessHandle.of(server.pid()).map(p -> p.onExit().join()).isPresent() || !server.isAlive());
            t0 = System.nanoTime();
            UncheckedIOException dead = assertThrows(UncheckedIOException.class, () -> spareMap.get(4L));
            ms = (System.nanoTime() - t0) / 1_000_000;
            // The end of stream, or a broken pipe when the request's write comes first: either way, at once.
            assertTrue(dead.getMessage().contains("failed (server gone?)"), dead.getMessage());
            assertTrue(ms < HANG.toMillis(), "a killed server must be seen at once (end of stream), not after the bound: " + ms + " ms");
        } catch (AssertionError | RuntimeException e) {
            signal(server, "CONT");
            closeQuietly(rt, e);
            throw e;
        }
        IllegalStateException killed = assertThrows(IllegalStateException.class, rt::close);
        assertTrue(killed.getMessage().contains("exited abnormally"), killed.getMessage());
        assertNothingLeft(server);
    }

    private static void closeQuietly(ManagerRoundTrip rt, Throwable failure) {
        try {
            rt.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void assertNothingLeft(ChildProcess server) {
        Path dir = server.tempDir();
        assertFalse(ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false), "server process " + server.pid() + " left running");
        assertFalse(Files.exists(dir), "server temp dir left behind: " + dir);
    }
}
