package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/*
 * Signals for the tests of a peer that stops answering or dies: SIGSTOP freezes a child with its
 * descriptors open (no end of stream ever comes, only silence), SIGCONT resumes it, SIGKILL ends it
 * without any cleanup of its own.
 */
public final class ProcessSignals {

    private ProcessSignals() {
    }

    /** {@code kill -<sig> <pid>} if the child is still alive. */
    public static void signal(ChildProcess child, String sig) throws Exception {
        if (child.isAlive()) {
            Process kill = new ProcessBuilder(List.of("kill", "-" + sig, Long.toString(child.pid()))).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -" + sig);
        }
    }

    /* kill(2) only queues the signal: wait until every thread of the child shows state T in /proc. */
    public static void awaitStopped(long pid) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            List<String> states;
            try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                states = tasks.map(t -> {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
                    } catch (IOException threadEnded) {
                        return "T";
                    }
                }).toList();
            }
            if (states.stream().allMatch(st -> st.equalsIgnoreCase("T"))) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "child " + pid + " not stopped within 5 s: " + states);
            Thread.sleep(1);
        }
    }
}
