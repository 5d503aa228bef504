package dev.sharebench.reports.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A real recording with the shipped scripts/jfr/attribution.jfc: a worker thread parks, contends on
 * a monitor and writes a file; the attribution divides those events by the JFR pass's operations.
 */
class JfrAttributionTest {

    private static final String ID = "dev.sharebench.jmh.lock.CounterBench.increment-Throughput-mechanism-synchronized-threads-2";

    @Test
    void benchmarkIdMatchesJmhDirectoryNames() {
        // As written by JMH 1.37's -prof jfr for FloorBench in a smoke run.
        Metric m = new Metric(1, 0, "ns/op", List.of(), List.of(), Map.of());
        BenchmarkRun r = new BenchmarkRun(Path.of("x"), "1.37", "dev.sharebench.jmh.floor.FloorBench.roundTrip", "avgt", 2, 1, "25", "vm",
                List.of(), Map.of("mechanism", "cache-line-pingpong"), m, Map.of());
        assertEquals("dev.sharebench.jmh.floor.FloorBench.roundTrip-AverageTime-mechanism-cache-line-pingpong", JfrAttribution.benchmarkId(r));
    }

    @Test
    void countsEventsOfARealRecordingPerOperation(@TempDir(factory = TempDirs.class) Path dir) throws Exception {
        Path jfc = Path.of("..", "scripts", "jfr", "attribution.jfc");
        assertTrue(Files.isRegularFile(jfc), "the shipped .jfc exists at " + jfc.toAbsolutePath());
        Path recording = dir.resolve("jfr/CounterBench/" + ID + "/profile.jfr");
        Files.createDirectories(recording.getParent());
        Path written = dir.resolve("sharebench-data.bin");
        try (Recording r = new Recording(Configuration.create(jfc))) {
            r.start();
            work(written);
            r.stop();
            r.dump(recording);
        }
        Files.writeString(dir.resolve("jfr/CounterBench.json"), """
                [{"jmhVersion": "1.37", "benchmark": "dev.sharebench.jmh.lock.CounterBench.increment", "mode": "thrpt", "threads": 2,
                  "forks": 1, "measurementIterations": 2, "measurementTime": "500 ms",
                  "params": {"mechanism": "synchronized", "threads": "2"},
                  "primaryMetric": {"score": 1000, "scoreError": "NaN", "scoreUnit": "ops/s", "rawData": [[1000, 1000]]},
                  "secondaryMetrics": {}}]
                """);
        List<String> notes = new ArrayList<>();
        List<JfrRow> rows = JfrAttribution.collect(dir.resolve("jfr"), s -> { }, notes);
        assertEquals(List.of(), notes);
        assertEquals(1, rows.size());
        JfrRow row = rows.getFirst();
        assertEquals("synchronized", row.label());
        assertEquals("1000", row.ops(), "1000 ops/s x 2 x 0.5 s");
        JfrCounts c = JfrCounts.read(recording);
        assertTrue(c.parks() >= 20, "parks recorded with a 0 ms threshold: " + c);
        assertTrue(c.fileBytes() >= 64 * 1024, "file writes recorded: " + c);
        assertEquals(Format.num(c.parks() / 1000.0), row.parksPerOp());
    }

    @Test
    void anUnreadableRecordingBecomesAVisibleNoteNotASilentGap(@TempDir(factory = TempDirs.class) Path dir) throws Exception {
        Path recording = dir.resolve("jfr/CounterBench/" + ID + "/profile.jfr");
        Files.createDirectories(recording.getParent());
        Files.writeString(recording, "not a flight recording");
        List<String> notes = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        List<JfrRow> rows = JfrAttribution.collect(dir.resolve("jfr"), progress::add, notes);
        assertEquals(List.of(), rows);
        assertEquals(1, notes.size());
        assertTrue(notes.getFirst().contains("jfr/CounterBench/" + ID + "/profile.jfr: unreadable JFR recording"), notes.getFirst());
        assertTrue(progress.getFirst().startsWith("warning: "), progress.toString());
    }

    /** Two threads: parks, a contended monitor, and 64 KiB of file writes, off the (filtered) main thread. */
    private static void work(Path file) throws Exception {
        Object lock = new Object();
        Thread holder = Thread.ofPlatform().name("sharebench-jfr-holder").start(() -> {
            for (int i = 0; i < 20; i++) {
                synchronized (lock) {
                    LockSupport.parkNanos(200_000);
                }
                LockSupport.parkNanos(50_000);
            }
        });
        Thread worker = Thread.ofPlatform().name("sharebench-jfr-worker").start(() -> {
            for (int i = 0; i < 20; i++) {
                synchronized (lock) {
                    LockSupport.parkNanos(10_000);
                }
            }
            try {
                Files.write(file, new byte[64 * 1024]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        holder.join();
        worker.join();
    }
}
