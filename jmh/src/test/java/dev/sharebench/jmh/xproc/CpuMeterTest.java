package dev.sharebench.jmh.xproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.nativeos.CpuClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.Result;

/*
 * CPU per operation of both processes reaches JMH: a child that spins (a shell loop) shows about a
 * CPU-second per second of the iteration, this JVM at least the CPU its measuring thread burned,
 * both divided by the iteration's operations; the profiler hands each iteration's figures over
 * once, and only for the cross-process workloads.
 */
@Timeout(30)
class CpuMeterTest {

    @Test
    void bothProcessesCpuPerOpReachTheProfilerOncePerIteration() throws Exception {
        assumeTrue(CpuClock.available(), "Linux only");
        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            CpuMeter meter = CpuMeter.ofChildren();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            CpuPerOpProfiler profiler = new CpuPerOpProfiler();
            profiler.beforeIteration(null, null);
            long wall0 = System.nanoTime();
            meter.begin(1_000);
            long thread0 = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - thread0 < 50_000_000L) {
                Thread.onSpinWait();
            }
            Thread.sleep(200);
            meter.end(1_100); // 100 operations
            long wallPerOp = (System.nanoTime() - wall0) / 100;

            Map<String, Double> got = profiler.afterIteration(null, null, null).stream()
                    .collect(Collectors.toMap(Result::getLabel, Result::getScore));
            assertEquals(List.of(CpuMeter.CHILD, CpuMeter.PARENT), got.keySet().stream().sorted().toList());
            assertTrue(got.get(CpuMeter.PARENT) >= 490_000, "this JVM burned >= 50 ms / 100 ops: " + got);
            assertTrue(got.get(CpuMeter.CHILD) > 0.3 * wallPerOp && got.get(CpuMeter.CHILD) < 2.05 * wallPerOp,
                    "a spinning child uses about one CPU (2 vCPUs at most): " + got + " vs wall " + wallPerOp + " ns/op");
            assertTrue(profiler.afterIteration(null, null, null).isEmpty(), "an iteration's figures are handed over once");
        } finally {
            spinner.destroyForcibly().waitFor();
        }
    }

    @Test
    void figuresABenchmarkPublishedReachJmhOnce() {
        CpuPerOpProfiler profiler = new CpuPerOpProfiler();
        profiler.beforeIteration(null, null);
        IterationFigures.publish(List.of(new IterationFigures.Figure("lat.p99", 12.5, "us", AggregationPolicy.AVG),
                new IterationFigures.Figure("lat.max", 900, "us", AggregationPolicy.MAX)));
        Map<String, Result> got = profiler.afterIteration(null, null, null).stream().collect(Collectors.toMap(Result::getLabel, r -> r));
        assertEquals(12.5, got.get("lat.p99").getScore());
        assertEquals("us", got.get("lat.p99").getScoreUnit());
        assertEquals(900, got.get("lat.max").getScore());
        assertTrue(profiler.afterIteration(null, null, null).isEmpty(), "handed over once");
    }

    @Test
    void theSuiteAddsTheProfilerToCrossProcessWorkloadsOnly() {
        assertTrue(CpuPerOpProfiler.wantedBy(Workloads.LOAD_LATENCY));
        assertTrue(CpuPerOpProfiler.wantedBy(Workloads.RTT));
        assertTrue(CpuPerOpProfiler.wantedBy(Workloads.STREAM));
        assertFalse(CpuPerOpProfiler.wantedBy(Workloads.COUNTER));
        assertEquals(List.of("-prof", CpuPerOpProfiler.class.getName()), CpuPerOpProfiler.jmhArgs());
    }
}
