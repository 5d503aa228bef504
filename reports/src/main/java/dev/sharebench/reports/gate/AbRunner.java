package dev.sharebench.reports.gate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs two builds' benchmarks on this machine, interleaved: per round, each parameter set runs once
 * per side, one fork per JMH invocation, the side order drawn from a seeded random source (A B,
 * B A, ...), so that a drift of the machine during the run lands on both sides alike.
 */
final class AbRunner {

    /** A side: its jar and extra fork JVM arguments. */
    record Side(String name, Path jar, String extraJvmArgs) {
    }

    /** A fork that did not run; {@code side} tells whose build failed. */
    static final class ForkFailure extends Exception {
        final Side side;

        ForkFailure(Side side, String message) {
            super(message);
            this.side = side;
        }
    }

    private final Path java;
    private final List<String> jvmFlags;
    private final List<String> pin;
    private final Path out;
    private final PrintWriter log;
    private final Random order;
    private final long started = System.nanoTime();

    /**
     * @param java     the java binary for both sides
     * @param jvmFlags the suite's JVM flags: for the JMH host and prepended to every fork
     * @param pin      a command prefix such as {@code taskset -c 0,1}, or empty
     */
    AbRunner(Path java, List<String> jvmFlags, List<String> pin, Path out, PrintWriter log, long seed) {
        this.java = java;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.pin = List.copyOf(pin);
        this.out = out;
        this.log = log;
        this.order = new Random(seed);
    }

    /** What {@code -lp} lists for a set's regexes in a side's jar (empty: the set selects nothing there). */
    JarListing list(BenchSet s, Side side) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", side.jar().toString(), "-lp"));
        cmd.addAll(s.regexes());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor();
        return JarListing.parse(lines);
    }

    /** Rounds {@code first..last}: every set once per side per round. */
    void rounds(int first, int last, List<BenchSet> sets, Side a, Side b) throws ForkFailure, IOException, InterruptedException {
        for (int r = first; r <= last; r++) {
            List<Side> sides = order.nextBoolean() ? List.of(a, b) : List.of(b, a);
            log.printf("round %d/%d: %s %s  (%.0f s so far)%n", r, last, sides.get(0).name(), sides.get(1).name(),
                    (System.nanoTime() - started) / 1e9);
            log.flush();
            for (BenchSet s : sets) {
                for (Side side : sides) {
                    fork(s, side, r);
                }
            }
        }
        log.printf("rounds %d-%d done (%.0f s so far)%n", first, last, (System.nanoTime() - started) / 1e9);
        log.flush();
    }

    /** The folder of one side's fork files. */
    Path runs(Side side) {
        return out.resolve("runs").resolve(side.name());
    }

    private void fork(BenchSet s, Side side, int round) throws ForkFailure, IOException, InterruptedException {
        Path json = runs(side).resolve(String.format("%s-r%03d.json", s.name(), round));
        Path logFile = out.resolve("logs").resolve(side.name() + "-" + s.name() + "-r" + round + ".log");
        Files.createDirectories(json.getParent());
        Files.createDirectories(logFile.getParent());
        List<String> cmd = new ArrayList<>(pin);
        cmd.add(java.toString());
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", side.jar().toString()));
        cmd.addAll(s.args());
        cmd.addAll(List.of("-f", "1", "-foe", "true", "-jvmArgsPrepend", String.join(" ", jvmFlags), "-rf", "json", "-rff", json.toString()));
        if (!side.extraJvmArgs().isBlank()) {
            cmd.addAll(List.of("-jvmArgsAppend", side.extraJvmArgs()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        int rc = p.waitFor();
        if (rc != 0 || !Files.isRegularFile(json) || Files.size(json) < 3) {
            List<String> tail = Files.readAllLines(logFile);
            tail.subList(Math.max(0, tail.size() - 25), tail.size()).forEach(log::println);
            throw new ForkFailure(side, "the " + side.name().toUpperCase() + " failed to run " + s.name() + " (exit " + rc + "; log: " + logFile + ")");
        }
    }
}
