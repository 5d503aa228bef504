package dev.sharebench.reports.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One parameter set of an A/B gate run: a name and the JMH arguments that select and shape it
 * (benchmark regexes first, then options). The options the A/B runner sets itself (one fork per
 * invocation, the result file, the JVM arguments of each side) are refused here, before anything
 * is measured.
 *
 * @param name   shown in logs and used to pick sets to rerun (a file's base name, or a workload's)
 * @param source where it came from, for error messages
 * @param args   the tokens; they never contain spaces
 */
public record BenchSet(String name, String source, List<String> args) {

    /** Options the A/B runner owns: forks are interleaved one per invocation and results go to its files. */
    static final Set<String> RESERVED = Set.of("-f", "-rf", "-rff", "-o", "-jvmArgs", "-jvmArgsPrepend", "-jvmArgsAppend");

    public BenchSet {
        args = List.copyOf(args);
        if (args.isEmpty() || args.getFirst().startsWith("-")) {
            throw new IllegalArgumentException(source + ": the line must start with a benchmark regex, then JMH options");
        }
        for (String a : args) {
            if (RESERVED.contains(a)) {
                throw new IllegalArgumentException(source + ": option " + a
                        + " is set by the gate itself (forks are interleaved one by one; use --forks and --baseline/--candidate-jvm-args)");
            }
        }
        for (String r : regexes(args)) {
            try {
                Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ": '" + r + "' is not a valid regex: " + e.getDescription());
            }
        }
    }

    /** The benchmark regexes: the leading arguments that are not options. */
    public List<String> regexes() {
        return regexes(args);
    }

    private static List<String> regexes(List<String> args) {
        List<String> r = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            r.add(a);
        }
        return r;
    }

    /** The values each {@code -p name=v1,v2} of this set gives (a later -p of the same name wins, as in JMH). */
    public Map<String, List<String>> paramValues() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-p")) {
                String[] kv = args.get(i + 1).split("=", 2);
                if (kv.length == 2) {
                    out.put(kv[0], Arrays.asList(kv[1].split(",")));
                }
            }
        }
        return out;
    }

    /** How many benchmark modes each selected method runs in: the count of {@code -bm a,b}, else 1. */
    public int modeCount() {
        int at = args.indexOf("-bm");
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1).split(",").length : 1;
    }

    /** Whether a benchmark name (fully qualified method) is one this set selects, as JMH's find() would. */
    public boolean selects(String benchmark) {
        return regexes().stream().anyMatch(r -> Pattern.compile(r).matcher(benchmark).find());
    }

    /** A profile file: one line of arguments (lines starting with # are comments). */
    public static BenchSet fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.size() != 1) {
            throw new IllegalArgumentException(file + ": expected exactly one line of JMH arguments (regex first), found " + lines.size());
        }
        String name = file.getFileName().toString().replaceFirst("\\.args$", "");
        return new BenchSet(name, file.toString(), tokens(lines.getFirst()));
    }

    /**
     * Lines of the suite's plan ({@code benchmarks.jar suite plan --profile gate --format sets}):
     * a name, a tab, then the arguments. Sets of one workload keep its name with a counter.
     */
    public static List<BenchSet> fromPlan(Path file) {
        List<BenchSet> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected NAME<TAB>ARGS");
            }
            out.add(new BenchSet(parts[0], file + ":" + (i + 1), tokens(parts[1])));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no parameter set");
        }
        return out;
    }

    private static List<String> tokens(String line) {
        return Arrays.stream(line.trim().split("\\s+")).toList();
    }
}
