package dev.sharebench.jmh;

import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.cli.CliErrors;
import dev.sharebench.core.process.JvmFlags;
import dev.sharebench.jmh.suite.SuiteCommand;
import dev.sharebench.jmh.xproc.CpuPerOpProfiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Optional;

/**
 * Entry point of {@code benchmarks.jar}. {@code suite ...} runs the workload catalogue (what the
 * scripts call); anything else is JMH's own command line, with two conveniences for runs by hand:
 * <ul>
 *   <li>a benchmark's {@code mechanism} values come from the catalogue (the benchmarks declare
 *       {@code @Param({})}, so a new mechanism registered in core needs no benchmark edit), unless
 *       {@code -p mechanism=...} is given;</li>
 *   <li>the suite's JVM flags are prepended to every fork unless {@code -jvmArgsPrepend} is given;</li>
 *   <li>the cross-process benchmarks get the CPU-per-operation profiler ({@link CpuPerOpProfiler}),
 *       as in the suite.</li>
 * </ul>
 * Benchmarks whose mechanism lists differ run as separate JMH runs (a {@code -p} applies to every
 * selected benchmark); their results are written together, as one JMH would.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("suite")) {
            System.exit(SuiteCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            usageError(e.getMessage() + " (see -h)");
            return;
        }
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        try {
            run(cmd);
        } catch (IllegalArgumentException e) {
            usageError(e.getMessage());
        } catch (RunnerException e) {
            System.err.println("error: " + e.getMessage()); // a benchmark failed
            System.exit(CliErrors.EXIT_FAILED);
        }
    }

    /* The suite's exit-code contract (CliErrors), here for JMH's own command line: one line, exit 2. */
    private static void usageError(String message) {
        System.err.println("error: " + message);
        System.exit(CliErrors.EXIT_USAGE);
    }

    private static void run(CommandLineOptions cmd) throws RunnerException {
        SortedSet<BenchmarkListEntry> selected = BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), cmd.getIncludes(), cmd.getExcludes());
        // Group the selected benchmarks by the mechanism values they get and by whether they cross
        // processes (the CPU profiler): one JMH run per group.
        Map<Group, List<String>> groups = new LinkedHashMap<>();
        for (BenchmarkListEntry e : selected) {
            groups.computeIfAbsent(new Group(mechanisms(e, cmd), crossProcess(e)), k -> new ArrayList<>())
                    .add("^" + e.getUsername().replace(".", "\\.") + "$");
        }
        if (groups.isEmpty()) { // a pattern that matches nothing is bad input, not a failed benchmark
            throw new IllegalArgumentException("no benchmark matches " + (cmd.getIncludes().isEmpty() ? "(all)" : String.join(" ", cmd.getIncludes()))
                    + (cmd.getExcludes().isEmpty() ? "" : " minus " + String.join(" ", cmd.getExcludes())) + " (list them with -l)");
        }
        List<RunResult> all = new ArrayList<>();
        for (var g : groups.entrySet()) {
            all.addAll(new Runner(forGroup(cmd, g.getValue(), g.getKey().mechanisms(), g.getKey().crossProcess())).run());
        }
        if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
            ResultFormatType type = cmd.getResultFormat().orElse(ResultFormatType.CSV);
            String file = cmd.getResult().orElse("jmh-result." + type.toString().toLowerCase());
            ResultFormatFactory.getInstance(type, file).writeOut(all);
        }
    }

    /** The mechanism values a benchmark runs with: -p wins, then its own @Param values, then the catalogue's. */
    private static List<String> mechanisms(BenchmarkListEntry e, CommandLineOptions cmd) {
        Map<String, String[]> params = e.getParams().orElse(Map.of());
        if (cmd.getParameter("mechanism").hasValue() || !params.containsKey("mechanism") || params.get("mechanism").length > 0) {
            return List.of();
        }
        String method = e.getUsername().substring(e.getUsername().lastIndexOf('.') + 1);
        Workload w = Workloads.ofBenchClass(e.getUserClassQName()).orElseThrow(() -> new IllegalArgumentException(
                e.getUserClassQName() + " takes a mechanism but is not in the workload catalogue: give -p mechanism=..."));
        return w.spaceOf(method).mechanisms();
    }

    /** Benchmarks that run together: the same mechanism values, and the same need of the CPU profiler. */
    private record Group(List<String> mechanisms, boolean crossProcess) {
    }

    private static boolean crossProcess(BenchmarkListEntry e) {
        return Workloads.ofBenchClass(e.getUserClassQName()).map(CpuPerOpProfiler::wantedBy).orElse(false);
    }

    private static Options forGroup(CommandLineOptions cmd, List<String> includes, List<String> mechanisms, boolean crossProcess) {
        return new DelegatingOptions(cmd) {
            @Override
            public List<String> getIncludes() {
                return includes;
            }

            @Override
            public Optional<Collection<String>> getParameter(String name) {
                if (name.equals("mechanism") && !mechanisms.isEmpty()) {
                    return Optional.of(mechanisms);
                }
                return super.getParameter(name);
            }

            @Override
            public List<ProfilerConfig> getProfilers() {
                List<ProfilerConfig> given = super.getProfilers();
                String cpu = CpuPerOpProfiler.class.getName();
                if (!crossProcess || given.stream().anyMatch(p -> p.getKlass().equals(cpu))) {
                    return given;
                }
                List<ProfilerConfig> all = new ArrayList<>(given);
                all.add(new ProfilerConfig(cpu));
                return all;
            }

            @Override
            public Optional<Collection<String>> getJvmArgsPrepend() {
                Optional<Collection<String>> given = super.getJvmArgsPrepend();
                return given.hasValue() ? given : Optional.of(JvmFlags.list());
            }

            // The results of all groups are written once, together, by run().
            @Override
            public Optional<String> getResult() {
                return Optional.none();
            }

            @Override
            public Optional<ResultFormatType> getResultFormat() {
                return Optional.none();
            }
        };
    }
}
