package dev.sharebench.jmh.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.core.catalog.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Same-run references, paired with the forks they are compared with. For every fork of a cell that
 * is the Java side of a target, the target's reference program (scripts/reference, one case) runs
 * right before and right after the fork, and both values go to
 * {@code <out>/reference/pairs/<target>.jsonl}: one JSON line per measurement,
 * {@code {"target", "cell", "fork", "when", "value", "unit", "result"}}. The report then takes the
 * ratio fork by fork, against the mean of the two references around it, so a change of the
 * machine's state between forks lands on both sides of each ratio.
 *
 * <p>A reference that fails is recorded with its error and never fails the fork.
 */
final class ReferencePairs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_S = 120;

    private final Path programs;
    private final Path out;
    private final List<Target> targets;
    private final int ms;

    /**
     * @param programs the folder with the compiled reference programs and python-guides.py, or null: no references
     * @param ms       how long each reference measures
     */
    ReferencePairs(Path programs, Path out, List<Target> targets, int ms) {
        this.programs = programs;
        this.out = out;
        this.targets = List.copyOf(targets);
        this.ms = ms;
    }

    /** The bench-versus-reference targets whose Java side is this cell. */
    List<Target> targetsOf(Cell cell) {
        if (programs == null) {
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            if (t.referenceSide().isPresent()
                    && t.benchSide().selects(cell.spec().workload(), cell.method(), cell.mechanism(), cell.params())) {
                out.add(t);
            }
        }
        return out;
    }

    /** Measures each target's reference once and appends the line; {@code when} is "before" or "after". */
    void measure(List<Target> ts, Cell cell, int fork, String when) {
        for (Target t : ts) {
            Target.Selector ref = t.referenceSide().orElseThrow();
            ObjectNode line = JSON.createObjectNode();
            line.put("target", t.id());
            line.put("cell", cell.label());
            line.put("fork", fork);
            line.put("when", when);
            try {
                JsonNode result = run(ref);
                line.put("value", result.path("value").asDouble(Double.NaN));
                line.put("unit", result.path("unit").asText(""));
                line.set("result", result);
            } catch (IOException | RuntimeException e) {
                line.put("error", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                line.put("error", "interrupted");
            }
            append(t.id(), line);
        }
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

    private void append(String target, ObjectNode line) {
        Path file = out.resolve("reference").resolve("pairs").resolve(target + ".jsonl");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
