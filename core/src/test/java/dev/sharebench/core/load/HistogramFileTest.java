package dev.sharebench.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* A fork's histogram log: HdrHistogram's own reader gets back every appended histogram, tag and count; no temp file stays behind. */
class HistogramFileTest {

    @TempDir
    Path dir;

    @Test
    void theLogReadsBackWithHdrHistogramsReader() throws Exception {
        Path file = dir.resolve("c001-roundTrip-pipe-f01-latency.hlog");
        Histogram a = Latencies.histogram();
        Histogram b = Latencies.histogram();
        for (int i = 1; i <= 1_000; i++) {
            a.recordValue(i * 1_000L);
            b.recordValue(50_000_000L);
        }
        try (HistogramFile log = new HistogramFile(file, "sharebench test pipe loadPercent=50")) {
            log.append("latency", a);
            log.append("fromSend", null); // a driver that cannot see it: skipped
            log.append("latency", b);
            assertEquals(2, log.written());
            try (Stream<Path> s = Files.list(dir)) {
                assertTrue(s.allMatch(p -> p.getFileName().toString().startsWith("sharebench-hlog-p")), "written under a temp name first");
            }
        }
        assertEquals(List.of(file), Files.list(dir).toList(), "moved onto its name, nothing else left");
        assertTrue(Files.readString(file).contains("#sharebench test pipe loadPercent=50"), "the header says what was measured");
        HistogramLogReader reader = new HistogramLogReader(file.toFile());
        Histogram first = (Histogram) reader.nextIntervalHistogram();
        Histogram second = (Histogram) reader.nextIntervalHistogram();
        assertNull(reader.nextIntervalHistogram());
        assertEquals("latency", first.getTag());
        assertEquals(1_000, first.getTotalCount());
        assertEquals(a.getValueAtPercentile(99), first.getValueAtPercentile(99));
        assertEquals(b.getMaxValue(), second.getMaxValue());
        assertNull(a.getTag(), "the caller's histogram is left untagged");
    }
}
