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
 * {@code reports gate-ab}: the A/B mode of the gate. Before measuring, counts the benchmark points
 * the sets will produce ({@link SetCheck}) and refuses a run that could not judge or could not
 * FAIL a lone regression ({@link Feasibility}); then measures the canary ({@link CanaryRunner}),
 * runs a baseline and a candidate {@code benchmarks.jar} on this machine, forks interleaved
 * ({@link AbRunner}), with the canary again at the middle and the end, pools each side's forks
 * ({@link JmhMerge}), judges them exactly as {@code reports gate} does and, when asked, gives the
 * failing parameter sets more rounds before the final verdict.
 */
@Command(name = "gate-ab", mixinStandardHelpOptions = true,
        description = {"Run two builds' benchmarks side by side (forks interleaved) and gate the candidate against the baseline.",
            "Exit codes: 0 pass; 1 regression, or the candidate failed to run; 2 bad input, the baseline failed to run, or",
            "NO VERDICT (nothing measured: too few --forks to judge, or to FAIL a lone regression; the message names the forks needed).",
            "Writes runs/, logs/, canary/, baseline.json, candidate.json and the gate's outputs (gate.md, ...) into --out."})
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

    @Option(names = "--canary-jar", paramLabel = "JAR",
            description = "This checkout's benchmarks.jar: its canary profile runs at the start, middle and end (gate.sh passes it).")
    Path canaryJar;

    @Option(names = "--canary-margin", defaultValue = "0.10", paramLabel = "M", description = "Passed to the gate (default: ${DEFAULT-VALUE}).")
    double canaryMargin;

    @Option(names = "--invocation", paramLabel = "CMD",
            description = "The command as the user typed it (gate.sh passes its own), quoted with --forks N when more forks are needed.")
    String invocation;

    @Option(names = "--proofs", paramLabel = "DIR", description = "The candidate's proof records, passed to the gate.")
    Path proofs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<BenchSet> chosen;
        GateSettings settings;
        try {
            chosen = sets();
            checkArguments();
            settings = judging.settings();
        } catch (IllegalArgumentException | GateInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (invocation == null) {
            invocation = "java -jar reports.jar gate-ab " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
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
            CanaryRunner canary = new CanaryRunner(java, flags, canaryJar == null ? null : canaryJar.toAbsolutePath(), out, both, s);
            both.printf("gate A/B: baseline=%s candidate=%s forks/side=%d seed=%d cpus=%s%n", a.jar(), b.jar(), forks, s, cpus == null ? "os" : cpus);
            both.printf("  baseline fork args: %s; candidate fork args: %s; canary: %s%n", blank(baselineJvmArgs), blank(candidateJvmArgs),
                    canary.enabled() ? canary.dir() : "none (no --canary-jar)");

            SetCheck check = SetCheck.of(runner, chosen, a, b);
            Path missingNote = null;
            if (!check.missing().isEmpty()) {
                check.missing().forEach(m -> both.println("  MISSING: " + m));
                if (!allowMissing) {
                    err.println("error: " + check.missing().size() + " parameter set(s) match no benchmark (listed above); fix them or pass --allow-missing");
                    return ExitCode.BAD_INPUT;
                }
                missingNote = out.resolve("missing-profiles.txt");
                Files.write(missingNote, check.missing());
                Set<String> gone = new LinkedHashSet<>();
                check.missing().forEach(m -> gone.add(m.substring(0, m.indexOf(' '))));
                chosen = chosen.stream().filter(x -> !gone.contains(x.name())).toList();
                if (chosen.isEmpty()) {
                    err.println("error: no parameter set matches any benchmark: nothing to measure");
                    return ExitCode.BAD_INPUT;
                }
            }
            int m = check.points();
            both.printf("  %d benchmark point(s) on both sides%s%n", m, check.lowerBound() ? " at least (a parameter without values)" : "");
            RunVerdict refused = RunVerdict.beforeMeasuring(m, forks, settings, invocation);
            if (refused != null) {
                GateOutputs.write(out, new GateReport(refused, List.of(), GateResult.empty(settings), List.of(
                        m + " benchmark point(s) on both sides, " + forks + " fork(s) a side asked for: nothing was measured.")), null);
                err.println("error: " + refused.headline() + ": " + refused.remedy());
                return refused.exitCode();
            }
            try {
                canary.reset();
                canary.measure("start", 0);
                int middle = forks / 2;
                runner.rounds(1, middle, chosen, a, b);
                canary.measure("middle", middle);
                runner.rounds(middle + 1, forks, chosen, a, b);
                canary.measure("end", forks);
                int rc = mergeAndGate(runner, a, b, s, missingNote, canary);
                if (rc == ExitCode.FAIL && rerunForks > 0) {
                    List<BenchSet> again = failing(chosen);
                    if (!again.isEmpty()) {
                        both.printf("rerun: %d set(s) with a FAIL get %d more round(s) before the final verdict: %s%n", again.size(), rerunForks,
                                String.join(" ", again.stream().map(BenchSet::name).toList()));
                        Files.copy(out.resolve("gate.md"), out.resolve("gate-before-rerun.md"), StandardCopyOption.REPLACE_EXISTING);
                        runner.rounds(forks + 1, forks + rerunForks, again, a, b);
                        canary.measure("rerun-end", forks + rerunForks);
                        rc = mergeAndGate(runner, a, b, s, missingNote, canary);
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

    private int mergeAndGate(AbRunner runner, AbRunner.Side a, AbRunner.Side b, long s, Path missingNote, CanaryRunner canary)
            throws IOException {
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
                "--alpha", Double.toString(judging.alpha), "--invocation", invocation));
        if (judging.thresholds != null) {
            args.addAll(List.of("--thresholds", judging.thresholds.toString()));
        }
        if (missingNote != null) {
            args.addAll(List.of("--missing-note", missingNote.toString()));
        }
        if (proofs != null) {
            args.addAll(List.of("--proofs", proofs.toString()));
        }
        if (canary.enabled()) {
            args.addAll(List.of("--canary", canary.dir().toString(), "--canary-margin", Double.toString(canaryMargin)));
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
