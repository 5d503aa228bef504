package dev.sharebench.jmh.suite;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Stage;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.cli.Counts;
import dev.sharebench.jmh.xproc.ForkFiles;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs workloads of the catalogue one fork at a time, with JMH's own runner in this JVM (each fork
 * is still a fresh JVM, as JMH always makes it). Per workload: plan the cells, interleave their
 * forks ({@link Schedule}), run each fork into its own JMH JSON file under
 * {@code <out>/<kind>/forks/<Workload>/}, log JMH's output to {@code <out>/logs/}. A failed fork
 * stops its workload (its benchmark verifies its own work, so a failure is a wrong result or a
 * crash, never noise) and the runner goes on with the next workload. Around each fork that is the
 * Java side of a target or a guide, its reference program runs before and after ({@link ReferencePairs}).
 */
final class SuiteRunner {

    /*
     * Seconds a fork costs on top of its timing: JVM start and JMH setup; children and JIT warm-up for
     * cross-process. Fitted to two quick runs on a fresh clone (2 vCPUs, 2026-12-02): with these and
     * the references' estimate, the plan says ~2.9 min for the in-process stage and ~4.8 min for the
     * cross-process one, measured 2 min 47-48 s and 4 min 37-41 s (2.0 s here over-estimated it by a minute).
     */
    static final double FORK_OVERHEAD_S = 0.6;
    static final double CHILD_OVERHEAD_S = 1.4;

    /** What happened to one workload. */
    record Outcome(Workload workload, int forksRun, int forksPlanned, double seconds, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private final Path out;
    private final String kind;
    private final Profile profile;
    private final UnaryOperator<RunSpec> override;
    private final long seed;
    private final List<String> jvmFlags;
    private final Function<Workload, List<String>> extraArgs;
    private final CellPlanner planner;
    private final ReferencePairs references;
    private final PrintStream progress;

    /**
     * @param out       the results directory
     * @param kind      the sub-directory for results: {@code jmh}, or {@code jfr} for the attribution pass
     * @param override  applied to every run spec of the catalogue (e.g. another timing or fork count; identity for none)
     * @param extraArgs per workload, JMH arguments to add (e.g. {@code -prof jfr:...})
     */
    SuiteRunner(Path out, String kind, Profile profile, UnaryOperator<RunSpec> override, long seed, List<String> jvmFlags,
                Function<Workload, List<String>> extraArgs, CellPlanner planner, ReferencePairs references, PrintStream progress) {
        this.out = out;
        this.kind = kind;
        this.profile = profile;
        this.override = override;
        this.seed = seed;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.extraArgs = extraArgs;
        this.planner = planner;
        this.references = references;
        this.progress = progress;
    }

    /**
     * What an earlier run left where this one would write: a workload's fork folder that holds files
     * (the merge pools every file in it), or a pairs file its references would append to. Reusing a
     * results folder so would mix two runs without a word, so the command refuses one before anything runs.
     */
    List<Path> earlierResults(List<Workload> workloads) {
        List<Path> found = new ArrayList<>();
        for (Workload w : workloads) {
            Path forkDir = forkDir(w);
            try (var files = Files.exists(forkDir) ? Files.list(forkDir) : java.util.stream.Stream.<Path>empty()) {
                if (files.findAny().isPresent()) {
                    found.add(forkDir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + forkDir + ": " + e.getMessage(), e);
            }
            for (Cell c : planner.cells(specs(w))) {
                references.pairingsOf(c).stream().map(pairing -> references.file(pairing.id()))
                        .filter(f -> Files.exists(f) && !found.contains(f)).forEach(found::add);
            }
        }
        return found;
    }

    /** Plans every workload first (a catalogue error fails before anything is measured), then runs them. */
    List<Outcome> run(List<Workload> workloads) {
        List<List<Schedule.Slot>> plans = new ArrayList<>();
        int forks = 0;
        double eta = 0;
        int referenceRuns = 0;
        for (Workload w : workloads) {
            List<Cell> cells = planner.cells(specs(w));
            List<Schedule.Slot> slots = Schedule.interleaved(cells, seed ^ w.name().hashCode());
            plans.add(slots);
            forks += slots.size();
            eta += estimateSeconds(w, slots);
            referenceRuns += references.runsPlanned(cells);
        }
        eta += references.estimateSeconds() * referenceRuns;
        // The estimate is the plan's: each fork's timing plus a fixed start-up cost, and each reference run's.
        progress.printf("  %s, %s%s, about %s by the plan (seed %d)%n", Counts.of(workloads.size(), "workload"), Counts.of(forks, "fork"),
                referenceRuns == 0 ? "" : " and " + Counts.of(referenceRuns, "reference run"), minutes(eta), seed);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            outcomes.add(run(workloads.get(i), plans.get(i), i + 1, workloads.size()));
        }
        return outcomes;
    }

    private List<RunSpec> specs(Workload w) {
        return w.specs(profile).stream().map(override).toList();
    }

    private Path forkDir(Workload w) {
        return out.resolve(kind).resolve("forks").resolve(w.name());
    }

    static double estimateSeconds(Workload w, List<Schedule.Slot> slots) {
        double overhead = FORK_OVERHEAD_S + (w.stage() == Stage.CROSS_PROCESS ? CHILD_OVERHEAD_S : 0);
        return slots.stream().mapToDouble(s -> s.cell().spec().timing().seconds() + overhead).sum();
    }

    private Outcome run(Workload w, List<Schedule.Slot> slots, int index, int total) {
        long t0 = System.nanoTime();
        Path forkDir = forkDir(w);
        Path log = out.resolve("logs").resolve((kind.equals("jmh") ? "" : kind.replace('/', '-') + "-") + w.name() + ".log");
        List<Cell> order = slots.stream().map(Schedule.Slot::cell).distinct().toList();
        progress.printf("  (%d/%d) %-22s %s, ~%s%n", index, total, w.name(), Counts.of(slots.size(), "fork"), minutes(estimateSeconds(w, slots)));
        try {
            Files.createDirectories(forkDir);
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + forkDir + ": " + e.getMessage(), e);
        }
        List<String> schedule = new ArrayList<>();
        schedule.add("slot\tfork\tcell\tseconds\tstatus");
        int done = 0;
        String failure = null;
        long lastReport = System.nanoTime();
        try (PrintStream logStream = new PrintStream(new FileOutputStream(log.toFile(), true), true, StandardCharsets.UTF_8)) {
            OutputFormat jmhOut = OutputFormatFactory.createFormatInstance(logStream, VerboseMode.NORMAL);
            for (Schedule.Slot s : slots) {
                // Named by the cell's catalogue position, so the merged file keeps the catalogue's order.
                Path json = forkDir.resolve(String.format("c%03d-%s-f%02d.json", order.indexOf(s.cell()), s.cell().fileId(), s.fork()));
                long f0 = System.nanoTime();
                var pairings = references.pairingsOf(s.cell());
                references.measure(pairings, s.cell(), s.fork(), "before");
                String error = runFork(s.cell(), json, forkArgs(json, extraArgs.apply(w)), jmhOut);
                if (error == null) {
                    references.measure(pairings, s.cell(), s.fork(), "after");
                }
                double secs = (System.nanoTime() - f0) / 1e9;
                schedule.add((done + 1) + "\t" + s.fork() + "\t" + s.cell().label() + "\t" + String.format("%.1f", secs) + "\t"
                        + (error == null ? "ok" : "FAILED"));
                if (error != null) {
                    failure = s.cell().label() + " (fork " + s.fork() + "): " + error;
                    progress.printf("      FAILED %s%n      see %s%n", failure, out.relativize(log));
                    break;
                }
                done++;
                if (System.nanoTime() - lastReport > 30_000_000_000L && done < slots.size()) {
                    lastReport = System.nanoTime();
                    progress.printf("      %d/%s, %.0f s so far%n", done, Counts.of(slots.size(), "fork"), (lastReport - t0) / 1e9);
                }
            }
        } catch (IOException e) {
            failure = "cannot write " + log + ": " + e.getMessage();
        }
        try {
            Files.write(forkDir.resolve("schedule.tsv"), schedule, StandardCharsets.UTF_8);
        } catch (IOException e) {
            failure = failure != null ? failure : "cannot write the schedule: " + e.getMessage();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (failure == null) {
            progress.printf("      ok, %s in %.0f s%n", Counts.of(done, "fork"), secs);
        }
        return new Outcome(w, done, slots.size(), secs, failure);
    }

    /*
     * The workload's extra JMH arguments and the fork's own files' prefix (ForkFiles: its result's path
     * without .json). JMH splits -jvmArgsAppend at whitespace: under a path with a space the fork gets no
     * prefix and writes no files of its own (its result is unaffected).
     */
    static List<String> forkArgs(Path json, List<String> extra) {
        String prefix = json.toAbsolutePath().resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "")).toString();
        List<String> args = new ArrayList<>(extra);
        if (!prefix.matches(".*\\s.*")) {
            args.addAll(List.of("-jvmArgsAppend", "-D" + ForkFiles.PROPERTY + "=" + prefix));
        }
        return args;
    }

    /** One fork of one cell; null when it ran and wrote its result, else why not. */
    private String runFork(Cell cell, Path json, List<String> extra, OutputFormat jmhOut) {
        List<String> args = cell.jmhArgs(json.toString(), jvmFlags, extra);
        try {
            new Runner(new CommandLineOptions(args.toArray(String[]::new)), jmhOut).run();
        } catch (CommandLineOptionException e) {
            return "bad JMH arguments " + args + ": " + e.getMessage();
        } catch (RunnerException e) {
            return rootMessage(e);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
            if (!Files.isRegularFile(json) || Files.size(json) < 3) {
                return "JMH wrote no result to " + json.getFileName();
            }
        } catch (IOException e) {
            return "cannot read " + json + ": " + e.getMessage();
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static String minutes(double seconds) {
        return seconds < 90 ? String.format("%.0f s", seconds) : String.format("%.1f min", seconds / 60);
    }
}
