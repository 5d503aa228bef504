package dev.sharebench.reports.rank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.results.RunCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recommendations table's inputs: the jobs and each workload's baseline, headline and rank
 * metric come from the run's workload catalogue ({@link RunCatalog}, i.e. {@code workloads.json});
 * which proofs guard which mechanisms comes from the resource {@code proof-guards.json} beside this
 * class.
 */
public final class JobCatalog {

    public record Job(String job, String title, List<String> workloads) {
    }

    public record Guard(String proof, String job, List<String> guards, List<String> brokenAliases) {
    }

    private final RunCatalog run;
    private final List<Guard> guards;

    private JobCatalog(RunCatalog run, List<Guard> guards) {
        this.run = run;
        this.guards = List.copyOf(guards);
    }

    /** The jobs and workloads of {@code run}, with the guards shipped in this jar. */
    public static JobCatalog of(RunCatalog run) {
        return new JobCatalog(run, run.present() ? loadGuards() : List.of());
    }

    static List<Guard> loadGuards() {
        try (InputStream in = JobCatalog.class.getResourceAsStream("proof-guards.json")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/sharebench/reports/rank/proof-guards.json is missing from the jar");
            }
            JsonNode root = Json.MAPPER.readTree(in);
            List<Guard> guards = new ArrayList<>();
            for (JsonNode g : root.path("guards")) {
                guards.add(new Guard(g.get("proof").asText(), g.get("job").asText(), strings(g.get("guards")), strings(g.get("brokenAliases"))));
            }
            return guards;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource proof-guards.json", e);
        }
    }

    public List<Job> jobs() {
        return run.jobs().stream().map(j -> new Job(j.id(), j.title(), j.workloads())).toList();
    }

    public List<Guard> guards() {
        return guards;
    }

    public Optional<String> defaultBaseline(String workload) {
        return run.workload(workload).flatMap(RunCatalog.WorkloadInfo::baseline);
    }

    /** The benchmark method a workload's headline is read from, when several would tie (e.g. BulkArrayBench). */
    public Optional<String> headlineMethod(String workload) {
        return run.workload(workload).map(RunCatalog.WorkloadInfo::headlineMethod);
    }

    /** The other parameter values of a workload's headline (e.g. holdTokens=0). */
    public Map<String, List<String>> headlineParams(String workload) {
        return run.workload(workload).map(RunCatalog.WorkloadInfo::headlineParams).orElse(Map.of());
    }

    /** The secondary metric each workload is ranked by instead of JMH's primary score. */
    public Map<String, String> rankMetrics() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        run.workloads().values().forEach(w -> w.rankMetric().ifPresent(m -> out.put(w.name(), m)));
        return out;
    }

    public List<Guard> guardsOfJob(String job) {
        return guards.stream().filter(g -> g.job().equals(job)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
