package dev.sharebench.reports.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The practical threshold delta per benchmark: a default, and overrides from a small text file.
 * One override per line, {@code <regex> = <delta>}, '#' starts a comment; the regex is searched for
 * (find, not full match) in the benchmark key, e.g.
 * <pre>
 * # pipes and sockets wake a thread on the other vCPU: noisier, allow 15%
 * RttBench          = 0.15
 * CounterBench.*threads=2 = 10%
 * </pre>
 * The first matching line wins; the split is at the last '=' so regexes may contain '='.
 */
public final class Thresholds {

    private record Rule(Pattern pattern, double delta, String origin) {
    }

    private final double defaultDelta;
    private final List<Rule> rules;

    private Thresholds(double defaultDelta, List<Rule> rules) {
        this.defaultDelta = checkDelta(defaultDelta, "--delta");
        this.rules = List.copyOf(rules);
    }

    public static Thresholds of(double defaultDelta) {
        return new Thresholds(defaultDelta, List.of());
    }

    public static Thresholds load(double defaultDelta, Path file) throws GateInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GateInputException("--thresholds " + file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(defaultDelta, file.toString(), lines);
    }

    static Thresholds parse(double defaultDelta, String name, List<String> lines) throws GateInputException {
        List<Rule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (n + 1);
            int eq = line.lastIndexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new GateInputException(where + ": expected '<regex> = <delta>', got '" + line + "'");
            }
            String regex = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            try {
                double delta = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100
                        : Double.parseDouble(value);
                rules.add(new Rule(Pattern.compile(regex), checkDelta(delta, where), where));
            } catch (NumberFormatException e) {
                throw new GateInputException(where + ": delta '" + value + "' is not a number (write 0.10 or 10%)", e);
            } catch (PatternSyntaxException e) {
                throw new GateInputException(where + ": bad regex '" + regex + "': " + e.getDescription(), e);
            } catch (IllegalArgumentException e) {
                throw new GateInputException(e.getMessage(), e);
            }
        }
        return new Thresholds(defaultDelta, rules);
    }

    private static double checkDelta(double delta, String where) {
        if (!(delta > 0 && delta < 10)) {
            throw new IllegalArgumentException(where + ": delta must be > 0 and < 10 (a fraction: 0.05 = 5%), got " + delta);
        }
        return delta;
    }

    public double deltaFor(String key) {
        for (Rule r : rules) {
            if (r.pattern.matcher(key).find()) {
                return r.delta;
            }
        }
        return defaultDelta;
    }

    public double defaultDelta() {
        return defaultDelta;
    }
}
