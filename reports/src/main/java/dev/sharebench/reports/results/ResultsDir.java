package dev.sharebench.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.manifest.Manifest;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.proof.ProofRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Everything a report reads from one {@code results/<run-id>/} directory. Every input is optional
 * except that there must be something to report; a file that exists but cannot be read is an error
 * naming the file, never skipped.
 */
public record ResultsDir(Path root, Manifest manifest, Map<String, MechanismInfo> mechanisms,
                         List<BenchmarkRun> runs, List<Path> jmhFiles, List<ProofRecord> proofs,
                         OptionalDouble coreToCoreRttNs, String coreToCoreSource, RunCatalog catalog) {

    /** One entry of {@code mechanisms.json}. */
    public record MechanismInfo(String alias, String family, boolean inProcess, String description, String classicIdea) {
    }

    public static ResultsDir load(Path root, Consumer<String> progress) throws BadInputException {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root, "not a directory (expected a results/<run-id>/ directory)");
        }
        Path manifestFile = root.resolve("manifest.json");
        JsonNode manifestJson = null;
        if (Files.exists(manifestFile)) {
            manifestJson = Json.read(manifestFile);
            if (!manifestJson.isObject()) {
                throw new BadInputException(manifestFile, "the manifest must be a JSON object");
            }
        } else {
            progress.accept("note: no manifest.json; the environment section will say 'unknown'");
        }
        Manifest manifest = Manifest.of(root.toAbsolutePath().normalize().getFileName().toString(), manifestJson);

        Map<String, MechanismInfo> mechanisms = mechanisms(root.resolve("mechanisms.json"));
        List<Path> jmhFiles = jsonFiles(root.resolve("jmh"));
        List<BenchmarkRun> runs = new ArrayList<>();
        for (Path f : jmhFiles) {
            List<BenchmarkRun> read = JmhJson.read(f);
            if (read.isEmpty()) {
                throw new BadInputException(f, "no benchmark entries (JMH writes [] when no benchmark matched or every one failed):"
                        + " rerun the benchmarks or remove the file");
            }
            if (read.stream().noneMatch(r -> Double.isFinite(r.primary().score()))) {
                /* the gate refuses such a file too (GateInput): a ranking of NaN scores would be a lie */
                throw new BadInputException(f, "every result has a non-finite score (NaN or infinite): the benchmarks failed or measured nothing");
            }
            progress.accept("read " + root.relativize(f) + ": " + Format.count(read.size(), "benchmark entry", "benchmark entries"));
            runs.addAll(read);
        }
        List<ProofRecord> proofs = ProofRecords.read(root.resolve("proofs"));
        if (!proofs.isEmpty()) {
            progress.accept("read " + Format.count(proofs.size(), "proof record"));
        }
        OptionalDouble rtt = coreToCore(root.resolve("reference").resolve("pairs"));
        String refSource = rtt.isPresent() ? "the C core-to-core program, median of its runs around this run's forks" : "";
        if (runs.isEmpty() && proofs.isEmpty()) {
            throw new BadInputException(root, "nothing to report: no JMH results in jmh/*.json and no proof records in proofs/*.json");
        }
        RunCatalog catalog = RunCatalog.read(root.resolve("workloads.json"));
        if (!catalog.present() && !runs.isEmpty()) {
            progress.accept("note: no workloads.json: reading jmh/ as another project's JMH results");
        }
        return new ResultsDir(root, manifest, mechanisms, List.copyOf(runs), jmhFiles, proofs, rtt, refSource, catalog);
    }

    /**
     * The C floor of this run: the median of every core-to-core reference measured around a fork
     * ({@code reference/pairs/*.jsonl} lines whose program is {@code core-to-core}), for the charts'
     * reference line.
     */
    static OptionalDouble coreToCore(Path pairsDir) throws BadInputException {
        if (!Files.isDirectory(pairsDir)) {
            return OptionalDouble.empty();
        }
        List<Double> values = new ArrayList<>();
        for (Path f : jsonlFiles(pairsDir)) {
            try {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode j = Json.MAPPER.readTree(line);
                    JsonNode r = j.path("result");
                    if ("core-to-core".equals(r.path("program").asText()) && r.path("value").isNumber()) {
                        values.add(r.get("value").asDouble() * dev.sharebench.reports.jmh.Units.nanosPer(Json.text(r, "unit", "ns")));
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(f, "cannot read: " + e.getMessage(), e);
            }
        }
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        values.sort(Double::compare);
        int n = values.size();
        return OptionalDouble.of(n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
    }

    private static List<Path> jsonlFiles(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * Whether these are sharebench's results: a workload catalogue, a mechanism registry, a manifest
     * or a {@code mechanism} parameter. Without all four they are another project's JMH results, and
     * the report leaves out what only sharebench has (recommendations, targets, the run's citation).
     */
    public boolean isSharebench() {
        return catalog.present() || !mechanisms.isEmpty() || Files.exists(root.resolve("manifest.json"))
                || runs.stream().anyMatch(r -> r.mechanism() != null);
    }

    /** The JMH files' names, for titles and citations of another project's results: "a.json, b.json". */
    public String jmhFileNames() {
        return jmhFiles.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", "));
    }

    public Path jfrDir() {
        return root.resolve("jfr");
    }

    /** The regular {@code *.json} files of {@code dir}, sorted by name; none when {@code dir} does not exist. */
    public static List<Path> jsonFiles(Path dir) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage(), e);
        }
    }

    private static Map<String, MechanismInfo> mechanisms(Path file) throws BadInputException {
        Map<String, MechanismInfo> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode root = Json.read(file);
        if (!root.isArray()) {
            throw new BadInputException(file, "the mechanism registry must be a JSON array of {alias, family, ...}");
        }
        for (JsonNode m : root) {
            String alias = Json.text(m, "alias", null);
            if (alias == null) {
                throw new BadInputException(file, "a registry entry has no \"alias\"");
            }
            out.put(alias, new MechanismInfo(alias, Json.text(m, "family", "?"), m.path("inProcess").asBoolean(true),
                    Json.text(m, "description", ""), Json.text(m, "classicIdea", "")));
        }
        return out;
    }
}
