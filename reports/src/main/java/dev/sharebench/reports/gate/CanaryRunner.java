package dev.sharebench.reports.gate;

import dev.sharebench.reports.canary.CanaryPoints;
import dev.sharebench.reports.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Measures the machine-state canary at one point of an A/B run: the catalogue's canary profile
 * (CanaryBench.compute and FloorBench.roundTrip, one fork each, ~3 s) from this checkout's
 * benchmarks.jar, into {@code OUT/canary/<point>/}, merged as {@code reports merge --forks-of} does,
 * and the point appended to {@code OUT/canary/points.tsv} with the rounds measured before it. A
 * canary that fails to run is logged and noted, never fatal: the gate then has one point less.
 */
final class CanaryRunner {

    private final Path java;
    private final List<String> jvmFlags;
    private final Path jar;
    private final Path out;
    private final PrintWriter log;
    private final long seed;

    /**
     * @param jar this checkout's benchmarks.jar (the one whose catalogue defines the canary), or
     *            null for no canary
     */
    CanaryRunner(Path java, List<String> jvmFlags, Path jar, Path out, PrintWriter log, long seed) {
        this.java = java;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.jar = jar;
        this.out = out;
        this.log = log;
        this.seed = seed;
    }

    boolean enabled() {
        return jar != null;
    }

    /** The folder the gate reads the canary from. */
    Path dir() {
        return out.resolve("canary");
    }

    /** Removes the canary of an earlier run in the same folder, so that no old point is read as this run's. */
    void reset() throws IOException {
        if (Files.isDirectory(dir())) {
            try (Stream<Path> all = Files.walk(dir())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    void measure(String point, int roundsBefore) throws IOException, InterruptedException {
        if (!enabled()) {
            return;
        }
        long t0 = System.nanoTime();
        Files.createDirectories(dir());
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", jar.toString(), "suite", "run", "--profile", "canary", "--out", out.toString(),
                "--into", "canary/" + point, "--seed", Long.toString(seed)));
        Path logFile = out.resolve("logs").resolve("canary-" + point + "-suite.log");
        Files.createDirectories(logFile.getParent());
        int rc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start().waitFor();
        StringWriter merged = new StringWriter();
        int mrc = rc != 0 ? rc : merge(dir().resolve(point), new PrintWriter(merged, true));
        if (rc != 0 || mrc != ExitCode.OK) {
            log.printf("canary %s: FAILED (suite exit %d, merge exit %d; log: %s) %s%n", point, rc, mrc, logFile, merged.toString().strip());
        } else {
            log.printf("canary %s after %d round(s): %.0f s%n", point, roundsBefore, (System.nanoTime() - t0) / 1e9);
        }
        Files.writeString(dir().resolve(CanaryPoints.INDEX), point + "\t" + roundsBefore + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static int merge(Path point, PrintWriter messages) {
        CommandLine cl = new CommandLine(new MergeCommand());
        cl.setOut(messages);
        cl.setErr(messages);
        return cl.execute("--forks-of", point.toString());
    }
}
