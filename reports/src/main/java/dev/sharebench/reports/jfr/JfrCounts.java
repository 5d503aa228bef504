package dev.sharebench.reports.jfr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Totals of the events that explain a mechanism's cost, read from one {@code profile.jfr} with
 * {@link RecordingFile}. Events of the forked VM's {@code main} thread (JMH's coordinator: its
 * socket to the host JMH, its parks while waiting for the workers) and of JFR's own threads are left
 * out; every other thread counts, so a mechanism's helper threads (feeders, pollers) are included.
 * Durations come from 0 ms thresholds in {@code scripts/jfr/attribution.jfc}; with JFR's default
 * 20 ms thresholds they would be empty.
 */
public record JfrCounts(long monitorEnters, long monitorBlockedNs, long parks, long parkNs,
                        long socketCalls, long socketBytes, long fileCalls, long fileBytes,
                        long allocSampleBytes, long threadAllocatedBytes, long gcCount, long gcPauseNs) {

    public static JfrCounts read(Path file) throws IOException {
        long monitorEnters = 0, monitorNs = 0, parks = 0, parkNs = 0, sockCalls = 0, sockBytes = 0, fileCalls = 0, fileBytes = 0;
        long allocSample = 0, gcCount = 0, gcPauseNs = 0;
        // jdk.ThreadAllocationStatistics is cumulative per thread: keep first and last value of each.
        Map<Long, long[]> allocByThread = new HashMap<>();
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                if (isHarnessThread(e.getThread())) {
                    continue;
                }
                switch (e.getEventType().getName()) {
                    case "jdk.JavaMonitorEnter" -> {
                        monitorEnters++;
                        monitorNs += nanos(e.getDuration());
                    }
                    case "jdk.ThreadPark" -> {
                        parks++;
                        parkNs += nanos(e.getDuration());
                    }
                    case "jdk.SocketRead" -> {
                        sockCalls++;
                        sockBytes += Math.max(0, e.getLong("bytesRead"));
                    }
                    case "jdk.SocketWrite" -> {
                        sockCalls++;
                        sockBytes += Math.max(0, e.getLong("bytesWritten"));
                    }
                    case "jdk.FileRead" -> {
                        fileCalls++;
                        fileBytes += Math.max(0, e.getLong("bytesRead"));
                    }
                    case "jdk.FileWrite" -> {
                        fileCalls++;
                        fileBytes += Math.max(0, e.getLong("bytesWritten"));
                    }
                    case "jdk.ObjectAllocationSample" -> allocSample += e.getLong("weight");
                    case "jdk.ThreadAllocationStatistics" -> {
                        RecordedThread t = e.getThread("thread");
                        if (isHarnessThread(t)) {
                            continue;
                        }
                        long id = t == null ? -1 : t.getJavaThreadId();
                        long v = e.getLong("allocated");
                        allocByThread.merge(id, new long[] {v, v}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcPauseNs += nanos(e.getDuration("sumOfPauses"));
                    }
                    default -> {
                        // other events of the recording are not part of the attribution
                    }
                }
            }
        }
        long threadAllocated = allocByThread.values().stream().mapToLong(v -> v[1] - v[0]).sum();
        return new JfrCounts(monitorEnters, monitorNs, parks, parkNs, sockCalls, sockBytes, fileCalls, fileBytes,
                allocSample, threadAllocated, gcCount, gcPauseNs);
    }

    /** JMH's coordinating thread in the forked VM, and JFR's own threads. */
    static boolean isHarnessThread(RecordedThread t) {
        if (t == null || t.getJavaName() == null) {
            return false;
        }
        String name = t.getJavaName();
        return name.equals("main") || name.startsWith("JFR ");
    }

    private static long nanos(Duration d) {
        return d == null ? 0 : d.toNanos();
    }
}
