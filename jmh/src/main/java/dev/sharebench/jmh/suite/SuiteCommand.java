package dev.sharebench.jmh.suite;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Stage;
import dev.sharebench.core.catalog.Pairing;
import dev.sharebench.core.catalog.Timing;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.cli.CliErrors;
import dev.sharebench.core.process.JvmFlags;
import dev.sharebench.jmh.xproc.CpuPerOpProfiler;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar benchmarks.jar suite ...}: the catalogue's workloads, run the way run-all.sh and
 * the gate need them. Exit codes: 0 ok, 1 a workload failed, 2 bad usage.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Run or list the workload catalogue's benchmarks (what run-all.sh and gate.sh call).",
        subcommands = {SuiteCommand.Run.class, SuiteCommand.Plan.class, CommandLine.HelpCommand.class})
public final class SuiteCommand implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = CliErrors.EXIT_FAILED;
    static final int EXIT_USAGE = CliErrors.EXIT_USAGE;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (run, plan)");
    }

    public static int execute(String... args) {
        return CliErrors.configure(new CommandLine(new SuiteCommand())).execute(args);
    }

    /** Options that select workloads; shared by run and plan. */
    static final class Selection {
        @Option(names = "--profile", required = true, paramLabel = "NAME",
                description = "smoke, quick, full (run-all); gate, jfr or canary (passes).")
        String profile;

        @Option(names = "--stage", paramLabel = "STAGE", description = "inproc or xproc (default: both).")
        String stage;

        @Option(names = "--bench", paramLabel = "REGEX", description = "Only workloads whose name matches (e.g. 'Counter|Floor').")
        String bench;

        Profile profile(CommandSpec spec) {
            try {
                return Profile.of(profile);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
            }
        }

        /**
         * The selected workloads in catalogue order (possibly none: not every workload runs in every
         * profile and stage). A pattern that matches no workload of the catalogue at all is bad usage.
         */
        List<Workload> workloads(CommandSpec spec) {
            Profile p = profile(spec);
            Pattern pattern = pattern(spec);
            if (pattern != null && Workloads.ALL.stream().noneMatch(w -> pattern.matcher(w.name()).find())) {
                throw new ParameterException(spec.commandLine(), "--bench '" + bench + "' matches no workload (workloads: "
                        + String.join(", ", Workloads.ALL.stream().map(Workload::name).toList()) + ")");
            }
            List<Workload> all = stage == null ? Workloads.ALL : Workloads.ofStage(stageOf(spec));
            List<Workload> chosen = new ArrayList<>();
            for (Workload w : all) {
                if ((pattern == null || pattern.matcher(w.name()).find()) && !w.specs(p).isEmpty()) {
                    chosen.add(w);
                }
            }
            return chosen;
        }

        private Stage stageOf(CommandSpec spec) {
            try {
                return Stage.of(stage);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--stage: " + e.getMessage());
            }
        }

        private Pattern pattern(CommandSpec spec) {
            if (bench == null) {
                return null;
            }
            try {
                return Pattern.compile(bench);
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--bench: not a valid regex: " + e.getDescription());
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run the selected workloads, one fork per JMH invocation, forks interleaved across each workload's",
                "parameter points in a seeded order. Writes OUT/<kind>/forks/<Workload>/*.json (one per fork) and",
                "schedule.tsv, and JMH's output to OUT/logs/. Merge the forks with: reports merge."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Selection selection = new Selection();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The results directory.")
        Path out;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the fork order (default: from the clock; printed).")
        Long seed;

        @Option(names = "--references", paramLabel = "DIR",
                description = "Folder with the compiled reference programs (scripts/reference): each target's and guide's reference "
                        + "runs right before and after every fork of its Java side, into OUT/reference/pairs/.")
        Path references;

        @Option(names = "--reference-ms", paramLabel = "MS", description = "How long each reference measures (default ${DEFAULT-VALUE}).")
        int referenceMs = 300;

        @Option(names = "--one-per-stage",
                description = "Only the first selected workload of each stage (a brief check that a pass works, e.g. JFR in smoke).")
        boolean onePerStage;

        @Option(names = "--into", paramLabel = "SUBDIR",
                description = "Where under OUT the fork results go (default: jmh, or jfr with --jfc; e.g. canary/start).")
        String into;

        @Option(names = "--timing", paramLabel = "WI,W,I,R",
                description = "Override every fork's timing, e.g. 0,100ms,1,300ms (-wi, -w, -i, -r).")
        String timing;

        @Option(names = "--forks", paramLabel = "N",
                description = "Override every parameter point's fork count, e.g. 1 to look at every point of the full profile in"
                        + " a fraction of its time (no intervals below 3 forks; the report marks such rows).")
        Integer forks;

        @Option(names = "--jfc", paramLabel = "FILE",
                description = "JFR pass: record each fork with JMH's jfr profiler and this settings file; results go to OUT/jfr/.")
        Path jfc;

        @Override
        public Integer call() throws Exception {
            Profile profile = selection.profile(spec);
            List<Workload> workloads = selection.workloads(spec);
            if (onePerStage) {
                List<Workload> first = new ArrayList<>();
                for (Stage st : Stage.values()) {
                    workloads.stream().filter(w -> w.stage() == st).findFirst().ifPresent(first::add);
                }
                workloads = first;
            }
            if (references != null && !Files.isDirectory(references)) {
                throw new ParameterException(spec.commandLine(), "--references " + references + ": no such directory");
            }
            if (referenceMs < 10) {
                throw new ParameterException(spec.commandLine(), "--reference-ms must be >= 10, got " + referenceMs);
            }
            if (jfc != null && !Files.isRegularFile(jfc)) {
                throw new ParameterException(spec.commandLine(), "--jfc " + jfc + ": no such file");
            }
            PrintWriter err = spec.commandLine().getErr();
            if (workloads.isEmpty()) {
                err.println("  no workload of profile " + profile.id() + " in this stage");
                return EXIT_OK;
            }
            long s = seed != null ? seed : System.currentTimeMillis();
            Path dir = out.toAbsolutePath();
            String kind = into != null ? into : jfc == null ? "jmh" : "jfr";
            if (kind.isBlank() || kind.startsWith("/") || kind.contains("..")) {
                throw new ParameterException(spec.commandLine(), "--into must be a relative folder inside --out, got '" + into + "'");
            }
            if (forks != null && forks < 1) {
                throw new ParameterException(spec.commandLine(), "--forks must be >= 1, got " + forks);
            }
            Timing t = timing == null ? null : timing(spec, timing);
            UnaryOperator<RunSpec> override = r -> new RunSpec(r.workload(), r.benchClass(), r.methods(), r.mechanisms(), r.params(),
                    forks == null ? r.forks() : forks, t == null ? r.timing() : t, r.role());
            SuiteRunner runner = new SuiteRunner(dir, kind, profile, override, s, JvmFlags.list(),
                    w -> profilers(w, dir.resolve("jfr").resolve(w.name()), jfc),
                    CellPlanner.fromJar(), new ReferencePairs(references == null ? null : references.toAbsolutePath(), dir, Pairing.all(),
                            referenceMs), new java.io.PrintStream(System.err, true));
            List<SuiteRunner.Outcome> outcomes = runner.run(workloads);
            List<String> failed = outcomes.stream().filter(o -> !o.ok()).map(o -> o.workload().name()).toList();
            if (!failed.isEmpty()) {
                err.println("  failed: " + String.join(", ", failed));
                return EXIT_FAILED;
            }
            return EXIT_OK;
        }
    }

    /** The profilers of a workload's forks: CPU per op for the cross-process ones, JFR into {@code jfrDir} when given a {@code jfc}. */
    static List<String> profilers(Workload w, Path jfrDir, Path jfc) {
        List<String> args = new ArrayList<>();
        if (CpuPerOpProfiler.wantedBy(w)) {
            args.addAll(CpuPerOpProfiler.jmhArgs());
        }
        if (jfc != null) {
            args.addAll(List.of("-prof", "jfr:dir=" + jfrDir + ";configName=" + jfc.toAbsolutePath()));
        }
        return args;
    }

    static Timing timing(CommandSpec spec, String text) {
        String[] p = text.split(",");
        try {
            if (p.length != 4) {
                throw new IllegalArgumentException("four values are needed");
            }
            return Timing.of(Integer.parseInt(p[0].trim()), p[1].trim(), Integer.parseInt(p[2].trim()), p[3].trim());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--timing '" + text + "': expected WI,W,I,R such as 0,100ms,1,300ms ("
                    + e.getMessage() + ")");
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Print what a profile runs, without running it: one line per workload (--format names),",
                "per parameter set as JMH arguments (--format args: include regex, -p, timing, -f), or per fork (--format forks)."})
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Selection selection = new Selection();

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "names (default), args, forks (cells, forks and estimated time per workload), sets (NAME<TAB>ARGS"
                        + " without -f, for gate-ab) or thresholds (the gate's deltas).")
        String format = "names";

        @Override
        public Integer call() {
            Profile profile = selection.profile(spec);
            PrintWriter out = spec.commandLine().getOut();
            List<Workload> workloads = selection.workloads(spec);
            switch (format) {
                case "names" -> workloads.forEach(w -> out.println(w.name()));
                case "args" -> workloads.forEach(w -> w.specs(profile).forEach(s -> out.println(String.join(" ", quoted(s)))));
                case "sets" -> workloads.forEach(w -> {
                    List<RunSpec> specs = w.specs(profile);
                    for (int i = 0; i < specs.size(); i++) {
                        List<String> a = new ArrayList<>(specs.get(i).jmhArgs());
                        a.subList(a.size() - 2, a.size()).clear(); // "-f N": the caller decides the forks
                        out.println(w.name() + (i == 0 ? "" : "-" + (i + 1)) + "\t" + String.join(" ", a));
                    }
                });
                case "thresholds" -> Workloads.gateThresholdLines().forEach(out::println);
                case "forks" -> {
                    CellPlanner planner = CellPlanner.fromJar();
                    double total = 0;
                    int forks = 0;
                    for (Workload w : workloads) {
                        List<Cell> cells = planner.cells(w.specs(profile));
                        List<Schedule.Slot> slots = Schedule.interleaved(cells, 0);
                        double secs = SuiteRunner.estimateSeconds(w, slots);
                        total += secs;
                        forks += slots.size();
                        out.printf("%-22s %4d cells %4d forks  ~%s%n", w.name(), cells.size(), slots.size(), SuiteRunner.minutes(secs));
                        for (Cell c : cells) {
                            out.printf("    %s x%d (%s)%n", c.label(), c.spec().forks(), c.spec().role().id());
                        }
                    }
                    out.printf("total %d forks, ~%s%n", forks, SuiteRunner.minutes(total));
                    int refs = ReferencePairs.runsPlanned(Pairing.all(), workloads.stream().flatMap(w -> planner.cells(w.specs(profile)).stream()).toList());
                    out.printf("with --references (run-all): %d reference runs around their forks, ~%s more at the default --reference-ms%n",
                            refs, SuiteRunner.minutes(refs * ReferencePairs.estimateSeconds(300)));
                }
                default -> throw new ParameterException(spec.commandLine(), "--format must be names, args, sets, thresholds or forks, got " + format);
            }
            return EXIT_OK;
        }

        private static List<String> quoted(RunSpec s) {
            return s.jmhArgs().stream().map(a -> a.matches("[A-Za-z0-9_.,=:/+-]*") ? a : "'" + a + "'").toList();
        }
    }
}
