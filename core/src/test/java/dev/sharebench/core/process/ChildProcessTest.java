package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ChildProcessTest {

    @Test
    void echoesThroughStdinAndStdoutAndPassesReadyInfo() throws Exception {
        Path dir;
        try (ChildProcess child = ChildProcess.start(TestRoles.Echo.class, List.of("hello-info"), Duration.ofSeconds(20))) {
            dir = child.tempDir();
            assertEquals("hello-info", child.readyInfo());
            assertTrue(dir.getFileName().toString().startsWith("sharebench-"), dir.toString());
            byte[] msg = "ping-123".getBytes(StandardCharsets.UTF_8);
            child.stdin().write(msg);
            child.stdin().flush();
            assertArrayEquals(msg, child.stdout().readNBytes(msg.length));
        }
        assertFalse(Files.exists(dir), "temp dir must be deleted on close: " + dir);
    }

    @Test
    void setupFailureIsReportedWithTheRolesMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChildProcess.start(TestRoles.FailsInSetup.class, List.of(), Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("setup exploded on purpose"), e.getMessage());
        assertTrue(e.getMessage().contains("FailsInSetup"), e.getMessage());
        java.util.regex.Matcher dir = java.util.regex.Pattern.compile("temp dir (\\S+);").matcher(e.getMessage());
        assertTrue(dir.find(), e.getMessage());
        assertFalse(Files.exists(Path.of(dir.group(1))), "a failed start must delete the child's temp dir");
    }

    @Test
    void stopRequestEndsALoopAndItsReportArrives() {
        try (ChildProcess child = ChildProcess.start(TestRoles.CountsUntilStop.class, List.of(), Duration.ofSeconds(20))) {
            child.requestStop();
            String report = child.awaitReport(Duration.ofSeconds(10));
            assertTrue(report.startsWith("count "), report);
        }
    }

    @Test
    void hungChildIsKilledByTheGuardAndTheBlockedReadEndsWithAClearMessage() throws Exception {
        ChildProcess child = ChildProcess.builder(TestRoles.Hangs.class).hangTimeout(Duration.ofMillis(800)).start();
        long t0 = System.nanoTime();
        child.beginWait();
        int r = child.stdout().read();
        child.endWait();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(-1, r, "a killed child's stdout ends");
        assertTrue(ms < 5000, "the hang must end within the bound, took " + ms + " ms");
        IllegalStateException e = assertThrows(IllegalStateException.class, child::close);
        assertTrue(e.getMessage().contains("no answer within 800 ms"), e.getMessage());
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChildProcess.builder(TestRoles.Echo.class).readyTimeout(Duration.ZERO));
        assertTrue(e.getMessage().contains("readyTimeout"), e.getMessage());
    }

    /*
     * The lifecycle guarantee: kill -9 the PARENT JVM; its child must notice (EOF on the control
     * socket) and be gone within 2 s, with its temp dir and the parent's /dev/shm file deleted.
     */
    @Test
    void childExitsWithin2sWhenItsParentIsSigkilled() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JvmFlags.list());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), TestRoles.ParentMain.class.getName()));
        Process parent = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("CHILD "), "parent printed: " + line);
            String[] parts = line.split(" ");
            long childPid = Long.parseLong(parts[1]);
            Path childDir = Path.of(parts[2]);
            Path shmFile = Path.of(parts[3]);
            assertTrue(Files.exists(shmFile));
            ProcessHandle childHandle = ProcessHandle.of(childPid).orElseThrow();
            assertTrue(Files.exists(childDir.resolve("sharebench-marker")));

            parent.destroyForcibly(); // SIGKILL on Unix
            parent.waitFor(5, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            // Poll: onExit() of a non-child process is itself polled with a growing back-off.
            while (!exited(childHandle) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2)) {
                Thread.sleep(10);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(exited(childHandle), "child still running 2 s after its parent was SIGKILLed");
            assertFalse(Files.exists(childDir), "child temp dir must be gone: " + childDir);
            assertFalse(Files.exists(shmFile), "the parent's shared-memory file must be gone: " + shmFile);
            System.out.println("child exited " + ms + " ms after its parent was SIGKILLed");
        } finally {
            parent.destroyForcibly();
        }
    }

    /*
     * An orphan that exited is a zombie until its new parent reaps it; in this container PID 1 reaps
     * only every ~2 s, and ProcessHandle.isAlive() counts a zombie as alive. So read the state.
     */
    private static boolean exited(ProcessHandle h) throws java.io.IOException {
        Path stat = Path.of("/proc", Long.toString(h.pid()), "stat");
        if (!Files.exists(Path.of("/proc/self/stat"))) {
            return !h.isAlive();
        }
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        }
    }
}
