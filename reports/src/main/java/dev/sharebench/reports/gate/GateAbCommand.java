package dev.sharebench.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharebench.reports.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reports gate-ab}: the A/B mode of the gate. Runs a baseline and a candidate
 * {@code benchmarks.jar} on this machine, forks interleaved ({@link AbRunner}), pools each side's
 * forks ({@link JmhMerge}), judges them exactly as {@code reports gate} does and, when asked,
 * gives the failing parameter sets more rounds before the final verdict.
 */
@Command(name = "gate-ab", mixinStandardHelpOptions = true,
        description = {"Run two builds' benchmarks side by side (forks interleaved) and gate the candidate against the baseline.",
            "Exit codes: 0 pass; 1 regression, or the candidate failed to run; 2 bad input, or the baseline failed to run.",
            "Writes runs/, logs/, baseline.json, candidate.json and the gate's outputs (gate.md, ...) into --out."})
public final class GateAbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline-jar", required = true, paramLabel = "JAR", description = "The baseline build's benchmarks.jar.")
    Path baselineJar;

    @Option(names = "--candidate-jar", required = true, paramLabel = "JAR", description = "The candidate build's benchmarks.jar (may be the same file).")
    Path candidateJar;

    @Option(names = "--profile", paramLabel = "FILE", description = "A parameter set: one line of JMH arguments, regex first (repeatable).")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--sets", paramLabel = "FILE", description = "Parameter sets as NAME<TAB>ARGS lines (what 'benchmarks.jar suite plan --format sets' prints).")
    Path sets;

    @Option(names = "--forks", defaultValue = "10", description = "Forks per side and set (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the A/B order (default: from the clock; always recorded).")
    Long seed;

    @Option(names = "--rerun-forks", defaultValue = "0", paramLabel = "N",
            description = "When sets FAIL, run N more rounds of them and gate again on all forks; the second verdict is final.")
    int rerunForks;

    @Option(names = "--allow-missing", description = "A set that matches no benchmark in a jar is skipped (and listed in gate.md), not an error.")
    boolean allowMissing;

    @Option(names = "--baseline-jvm-args", paramLabel = "ARGS", description = "Extra fork JVM arguments for the baseline.")
    String baselineJvmArgs = "";

    @Option(names = "--candidate-jvm-args", paramLabel = "ARGS", description = "Extra fork JVM arguments for the candidate.")
    String candidateJvmArgs = "";

    @Option(names = "--cpus", paramLabel = "LIST", description = "Pin both sides' JMH JVMs to these CPUs with taskset.")
    String cpus;

    @Option(names = "--jvm-flags", paramLabel = "FLAGS", description = "The suite's JVM flags, for the JMH hosts and every fork.")
    String jvmFlags = "";

    @Option(names = "--java", paramLabel = "BIN", description = "The java binary (default: this JVM's).")
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Mixin
    GateOptions judging;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "Per-benchmark deltas, passed to the gate.")
    Path thresholds;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Passed to the gate (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<BenchSet> chosen;
        try {
            chosen = sets();
            checkArguments();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        long s = seed != null ? seed : System.currentTimeMillis();
        Files.createDirectories(out);
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(out.resolve("gate.log")), true)) {
            PrintWriter both = new PrintWriter(new TeeWriter(log, err), true);
            List<String> flags = jvmFlags.isBlank() ? List.of() : Arrays.asList(jvmFlags.trim().split("\\s+"));
            List<String> pin = cpus == null ? List.of() : List.of("taskset", "-c", cpus);
            AbRunner runner = new AbRunner(java, flags, pin, out, both, s);
            AbRunner.Side a = new AbRunner.Side("baseline", baselineJar.toAbsolutePath(), baselineJvmArgs);
            AbRunner.Side b = new AbRunner.Side("candidate", candidateJar.toAbsolutePath(), candidateJvmArgs);
            both.printf("gate A/B: baseline=%s candidate=%s forks/side=%d seed=%d cpus=%s%n", a.jar(), b.jar(), forks, s, cpus == null ? "os" : cpus);
            both.printf("  baseline fork args: %s; candidate fork args: %s%n", blank(baselineJvmArgs), blank(candidateJvmArgs));

            List<String> missing = runner.missing(chosen, a, b);
            Path missingNote = null;
            if (!missing.isEmpty()) {
                missing.forEach(m -> both.println("  MISSING: " + m));
                if (!allowMissing) {
                    err.println("error: " + missing.size() + " parameter set(s) match no benchmark (listed above); fix them or pass --allow-missing");
                    return ExitCode.BAD_INPUT;
                }
                missingNote = out.resolve("missing-profiles.txt");
                Files.write(missingNote, missing);
                Set<String> gone = new LinkedHashSet<>();
                missing.forEach(m -> gone.add(m.substring(0, m.indexOf(' '))));
                chosen = chosen.stream().filter(x -> !gone.contains(x.name())).toList();
                if (chosen.isEmpty()) {
                    err.println("error: no parameter set matches any benchmark: nothing to measure");
                    return ExitCode.BAD_INPUT;
                }
            }
            try {
                runner.rounds(1, forks, chosen, a, b);
                int rc = mergeAndGate(runner, a, b, s, missingNote);
                if (rc == ExitCode.FAIL && rerunForks > 0) {
                    List<BenchSet> again = failing(chosen);
                    if (!again.isEmpty()) {
                        both.printf("rerun: %d set(s) with a FAIL get %d more round(s) before the final verdict: %s%n", again.size(), rerunForks,
                                String.join(" ", again.stream().map(BenchSet::name).toList()));
                        Files.copy(out.resolve("gate.md"), out.resolve("gate-before-rerun.md"), StandardCopyOption.REPLACE_EXISTING);
                        runner.rounds(forks + 1, forks + rerunForks, again, a, b);
                        rc = mergeAndGate(runner, a, b, s, missingNote);
                    }
                }
                return rc;
            } catch (AbRunner.ForkFailure f) {
                err.println("error: " + f.getMessage());
                return f.side == b ? ExitCode.FAIL : ExitCode.BAD_INPUT;
            }
        }
    }

    private List<BenchSet> sets() {
        if (!profiles.isEmpty() && sets != null) {
            throw new IllegalArgumentException("give --profile FILE... or --sets FILE, not both");
        }
        if (!profiles.isEmpty()) {
            return profiles.stream().map(p -> {
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("profile not found: " + p);
                }
                return BenchSet.fromFile(p);
            }).toList();
        }
        if (sets == null) {
            throw new IllegalArgumentException("no parameter sets: give --profile FILE (repeatable) or --sets FILE");
        }
        if (!Files.isRegularFile(sets)) {
            throw new IllegalArgumentException("--sets " + sets + ": no such file");
        }
        return BenchSet.fromPlan(sets);
    }

    private void checkArguments() {
        if (forks < 1) {
            throw new IllegalArgumentException("--forks must be a positive integer, got " + forks);
        }
        if (rerunForks < 0) {
            throw new IllegalArgumentException("--rerun-forks must be >= 0, got " + rerunForks);
        }
        for (Path j : List.of(baselineJar, candidateJar)) {
            if (!Files.isRegularFile(j)) {
                throw new IllegalArgumentException("jar not found: " + j);
            }
        }
    }

    private int mergeAndGate(AbRunner runner, AbRunner.Side a, AbRunner.Side b, long s, Path missingNote) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            JmhMerge.write(GateInput.files("baseline", List.of(runner.runs(a))), out.resolve("baseline.json"));
            JmhMerge.write(GateInput.files("candidate", List.of(runner.runs(b))), out.resolve("candidate.json"));
        } catch (GateInputException e) {
            err.println("error: merging the runs failed: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        List<String> args = new ArrayList<>(List.of("--baseline", out.resolve("baseline.json").toString(),
                "--candidate", out.resolve("candidate.json").toString(), "--out", out.toString(), "--seed-note", Long.toString(s),
                "--delta", Double.toString(judging.delta), "--sample-statistic", judging.sampleStatistic,
                "--bootstrap-forks", Integer.toString(judging.bootstrapForks), "--alpha", Double.toString(alpha)));
        if (thresholds != null) {
            args.addAll(List.of("--thresholds", thresholds.toString()));
        }
        if (missingNote != null) {
            args.addAll(List.of("--missing-note", missingNote.toString()));
        }
        var cl = new picocli.CommandLine(new GateCommand());
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(err);
        return cl.execute(args.toArray(String[]::new));
    }

    /** The sets that select a benchmark the last gate run judged FAIL (read from its gate.json). */
    private List<BenchSet> failing(List<BenchSet> chosen) throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.resolve("gate.json").toFile());
        Set<String> failed = new LinkedHashSet<>();
        for (JsonNode c : root.path("benchmarks")) {
            if (c.path("verdict").asText().equals(Verdict.FAIL.name())) {
                String key = c.path("key").asText();
                failed.add(key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key);
            }
        }
        return chosen.stream().filter(x -> failed.stream().anyMatch(x::selects)).toList();
    }

    private static String blank(String s) {
        return s.isBlank() ? "(none)" : s;
    }
}
