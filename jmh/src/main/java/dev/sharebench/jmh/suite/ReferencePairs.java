package dev.sharebench.jmh.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.core.catalog.Pairing;
import dev.sharebench.core.catalog.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Same-run references, paired with the forks they are compared with. For every fork of a cell that
 * is the Java side of a pairing (a target's, or a guide's: {@link Pairing}), its reference program
 * (scripts/reference, one case) runs right before and right after the fork, and both values go to
 * {@code <out>/reference/pairs/<id>.jsonl}: one JSON line per measurement,
 * {@code {"target", "cell", "fork", "when", "value", "unit", "result"}}. The report then takes the
 * ratio fork by fork, against the mean of the two references around it, so a change of the
 * machine's state between forks lands on both sides of each ratio.
 *
 * <p>Pairings of one cell that name the same program case share one measurement (a line in each
 * file). A reference that fails is recorded with its error and never fails the fork.
 */
final class ReferencePairs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_S = 120;

    private final Path programs;
    private final Path out;
    private final List<Pairing> pairings;
    private final int ms;

    /**
     * @param programs the folder with the compiled reference programs and python-guides.py, or null: no references
     * @param ms       how long each reference measures
     */
    ReferencePairs(Path programs, Path out, List<Pairing> pairings, int ms) {
        this.programs = programs;
        this.out = out;
        this.pairings = List.copyOf(pairings);
        this.ms = ms;
    }

    /** The pairings whose Java side is this cell. */
    List<Pairing> pairingsOf(Cell cell) {
        if (programs == null) {
            return List.of();
        }
        return pairings.stream()
                .filter(p -> p.bench().selects(cell.spec().workload(), cell.method(), cell.mechanism(), cell.params())).toList();
    }

    /** Measures each distinct reference once and appends its line to every pairing's file; {@code when} is "before" or "after". */
    void measure(List<Pairing> ps, Cell cell, int fork, String when) {
        Map<Target.Selector, ObjectNode> measured = new HashMap<>();
        for (Pairing p : ps) {
            ObjectNode result = measured.computeIfAbsent(p.reference(), this::measureOnce);
            ObjectNode line = JSON.createObjectNode();
            line.put("target", p.id());
            line.put("cell", cell.label());
            line.put("fork", fork);
            line.put("when", when);
            line.setAll(result);
            append(p.id(), line);
        }
    }

    /** How many reference runs {@code cells} cost: each distinct reference of a cell, before and after each of its forks. */
    static int runsPlanned(List<Pairing> pairings, List<Cell> cells) {
        int runs = 0;
        for (Cell c : cells) {
            long distinct = pairings.stream().filter(p -> p.bench().selects(c.spec().workload(), c.method(), c.mechanism(), c.params()))
                    .map(Pairing::reference).distinct().count();
            runs += (int) distinct * 2 * c.spec().forks();
        }
        return runs;
    }

    /**
     * Rough seconds per reference run: its measurement, a warm-up of up to a fifth of it, and ~0.45 s
     * of start-up and checks (an interpreter, a child process, a manager server). Measured on 2 vCPUs
     * at 300 ms: 0.65-1.1 s per Python case, 0.83 s on average.
     */
    static double estimateSeconds(int ms) {
        return ms * 1.2 / 1000 + 0.45;
    }

    /* {"value", "unit", "result"} or {"error"}: a failed reference is recorded, never thrown. */
    private ObjectNode measureOnce(Target.Selector ref) {
        ObjectNode m = JSON.createObjectNode();
        try {
            JsonNode result = run(ref);
            m.put("value", result.path("value").asDouble(Double.NaN));
            m.put("unit", result.path("unit").asText(""));
            m.set("result", result);
        } catch (IOException | RuntimeException e) {
            m.put("error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            m.put("error", "interrupted");
        }
        return m;
    }

    private JsonNode run(Target.Selector ref) throws IOException, InterruptedException {
        Path program = programs.resolve(ref.program());
        if (!Files.exists(program)) {
            throw new IOException(ref.program() + " is not in " + programs + " (needs " + ref.needs() + ")");
        }
        List<String> cmd = new ArrayList<>();
        if (ref.program().endsWith(".py")) {
            cmd.add("python3");
        }
        cmd.add(program.toString());
        cmd.addAll(ref.args());
        cmd.addAll(List.of("--ms", Integer.toString(ms)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout;
        try (var in = p.getInputStream()) {
            stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(ref.program() + " did not finish within " + TIMEOUT_S + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(ref.program() + " " + String.join(" ", ref.args()) + " exited " + p.exitValue());
        }
        String last = stdout.strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode node = JSON.readTree(last);
        if (node == null || !node.path("value").isNumber()) {
            throw new IOException(ref.program() + " printed no JSON line with a numeric value");
        }
        return node;
    }

    /** The file the measurements of one pairing go to: {@code <out>/reference/pairs/<id>.jsonl}. */
    Path file(String pairingId) {
        return out.resolve("reference").resolve("pairs").resolve(pairingId + ".jsonl");
    }

    /** How many reference runs {@code cells} cost with this runner's references (none without programs). */
    int runsPlanned(List<Cell> cells) {
        return programs == null ? 0 : runsPlanned(pairings, cells);
    }

    /** Rough seconds per reference run at this runner's measuring time. */
    double estimateSeconds() {
        return estimateSeconds(ms);
    }

    private void append(String target, ObjectNode line) {
        Path file = file(target);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
