package dev.sharebench.reports.proof;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jobs of the recommendations table, the default baseline per workload, and which proofs guard
 * which mechanisms, read from the resource {@code jobs.json} beside this class (one place to edit).
 */
public final class JobCatalog {

    public record Job(String job, String title, List<String> workloads) {
    }

    public record Guard(String proof, String job, List<String> guards, List<String> brokenAliases) {
    }

    private final List<Job> jobs;
    private final Map<String, String> baselines;
    private final Map<String, String> headlineMethods;
    private final Map<String, String> rankMetrics;
    private final List<Guard> guards;

    private JobCatalog(List<Job> jobs, Map<String, String> baselines, Map<String, String> headlineMethods,
                       Map<String, String> rankMetrics, List<Guard> guards) {
        this.jobs = List.copyOf(jobs);
        this.baselines = Map.copyOf(baselines);
        this.headlineMethods = Map.copyOf(headlineMethods);
        this.rankMetrics = Map.copyOf(rankMetrics);
        this.guards = List.copyOf(guards);
    }

    private static final class Standard {
        static final JobCatalog CATALOG = load();
    }

    /** The catalog shipped in the jar, loaded once. */
    public static JobCatalog standard() {
        return Standard.CATALOG;
    }

    public static JobCatalog load() {
        try (InputStream in = JobCatalog.class.getResourceAsStream("jobs.json")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/sharebench/reports/proof/jobs.json is missing from the jar");
            }
            JsonNode root = Json.MAPPER.readTree(in);
            List<Job> jobs = new ArrayList<>();
            for (JsonNode j : root.path("jobs")) {
                jobs.add(new Job(j.get("job").asText(), j.get("title").asText(), strings(j.get("workloads"))));
            }
            Map<String, String> baselines = new LinkedHashMap<>();
            root.path("baselines").properties().forEach(e -> baselines.put(e.getKey(), e.getValue().asText()));
            Map<String, String> headlineMethods = new LinkedHashMap<>();
            root.path("headlineMethods").properties().forEach(e -> headlineMethods.put(e.getKey(), e.getValue().asText()));
            Map<String, String> rankMetrics = new LinkedHashMap<>();
            root.path("rankMetrics").properties().forEach(e -> rankMetrics.put(e.getKey(), e.getValue().asText()));
            List<Guard> guards = new ArrayList<>();
            for (JsonNode g : root.path("guards")) {
                guards.add(new Guard(g.get("proof").asText(), g.get("job").asText(), strings(g.get("guards")), strings(g.get("brokenAliases"))));
            }
            return new JobCatalog(jobs, baselines, headlineMethods, rankMetrics, guards);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource jobs.json", e);
        }
    }

    public List<Job> jobs() {
        return jobs;
    }

    public List<Guard> guards() {
        return guards;
    }

    public Optional<String> defaultBaseline(String workload) {
        return Optional.ofNullable(baselines.get(workload));
    }

    /** The benchmark method a workload's headline is read from, when several would tie (e.g. BulkArrayBench). */
    public Optional<String> headlineMethod(String workload) {
        return Optional.ofNullable(headlineMethods.get(workload));
    }

    /** The secondary metric a workload is ranked by instead of JMH's primary score, if any. */
    public Optional<String> rankMetric(String workload) {
        return Optional.ofNullable(rankMetrics.get(workload));
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
