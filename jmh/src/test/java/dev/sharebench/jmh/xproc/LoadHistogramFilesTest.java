package dev.sharebench.jmh.xproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/*
 * Issue 14 item 4, "recorded in HdrHistogram, per fork": a LoadLatencyBench fork that the suite
 * runner gave its id saves its measured iterations' histograms as one HdrHistogram log named after
 * that id, readable with HdrHistogram's own reader; a fork without an id writes nothing. The trial
 * runs here as JMH would drive it (set-up, one warm-up and two measured iterations, tear-down),
 * once per offered load, each under its own fork id as the runner names them.
 */
@Timeout(60)
class LoadHistogramFilesTest {

    private static final int MEASURED = 2;

    @TempDir
    Path dir;

    @Test
    void eachForkWritesOneReadableLogPerMechanismAndLoad() throws Exception {
        List<Path> expected = new ArrayList<>();
        for (int load : new int[] {10, 50}) {
            Path prefix = dir.resolve("c00" + (load / 10) + "-handoff-array-blocking-queue-placement_os-loadPercent_" + load + "-f01");
            System.setProperty(ForkFiles.PROPERTY, prefix.toString());
            try {
                trial("array-blocking-queue", load);
            } finally {
                System.clearProperty(ForkFiles.PROPERTY);
            }
            expected.add(Path.of(prefix + "-latency.hlog"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected, files.sorted().toList(), "one log per fork, named after its id; no temp file left");
        }
        for (Path f : expected) {
            String text = Files.readString(f);
            assertTrue(text.contains("array-blocking-queue") && text.contains("loadPercent=" + (f.toString().contains("_10-") ? 10 : 50)), text);
            HistogramLogReader reader = new HistogramLogReader(f.toFile());
            int n = 0;
            for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
                assertEquals("latency", h.getTag(), "a handoff has no from-send histogram");
                assertTrue(((Histogram) h).getTotalCount() > 0, f + ": an interval without messages");
                n++;
            }
            assertEquals(MEASURED, n, f + ": the measured iterations, not the warm-up");
        }

        trial("array-blocking-queue", 50); // no fork id: nothing written
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected.size(), files.count());
        }
        assertNull(System.getProperty(ForkFiles.PROPERTY));
    }

    /* One trial as JMH drives it: a warm-up iteration, then the measured ones, each ~30 ms of paced sends. */
    private static void trial(String mechanism, int load) {
        LoadLatencyBench.InProcess s = new LoadLatencyBench.InProcess();
        s.mechanism = mechanism;
        s.placement = "os";
        s.loadPercent = load;
        s.start();
        try {
            iteration(s, IterationType.WARMUP);
            for (int i = 0; i < MEASURED; i++) {
                iteration(s, IterationType.MEASUREMENT);
            }
        } finally {
            s.stop();
        }
    }

    private static void iteration(LoadLatencyBench.InProcess s, IterationType type) {
        s.beginIteration();
        long end = System.nanoTime() + 30_000_000;
        while (System.nanoTime() < end) {
            s.driver.sendOne();
        }
        s.endIteration(new IterationParams(type, 1, TimeValue.milliseconds(30), 1));
    }
}
