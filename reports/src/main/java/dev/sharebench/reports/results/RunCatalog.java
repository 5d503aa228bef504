package dev.sharebench.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workload catalogue as the run used it ({@code workloads.json}, written by {@code core.jar
 * workloads}): jobs, each workload's headline, baseline, rank metric and whether its results are
 * round trips, the floor workload, and the performance targets. The report knows no benchmark by
 * name; everything it says about sharebench's workloads comes from here. A results directory
 * without this file is another project's JMH results: {@link #NONE}.
 *
 * @param present       whether the run had a catalogue (a sharebench run)
 * @param jobs          the recommendations table's jobs, in order
 * @param workloads     by name, in catalogue order
 * @param floorWorkload the workload whose headline is the JVM floor, if any
 * @param targets       the raw {@code targets} array (parsed and checked by the targets package)
 * @param guides        the raw {@code guides} array: the classic guides' Python cases beside their
 *                      Java counterparts (parsed and checked by the targets package; empty in older runs)
 */
public record RunCatalog(boolean present, List<Job> jobs, Map<String, WorkloadInfo> workloads,
                         Optional<String> floorWorkload, JsonNode targets, JsonNode guides) {

    /** One row of the recommendations table, answered by the listed workloads (in catalogue order). */
    public record Job(String id, String title, List<String> workloads) {
    }

    /** What the report needs to know about one workload. */
    public record WorkloadInfo(String name, String stage, Optional<String> job, String headlineMethod,
                               Map<String, List<String>> headlineParams, Optional<String> baseline,
                               Optional<String> rankMetric, boolean roundTrip) {
    }

    /** No catalogue: the results are read as any JMH project's. */
    public static final RunCatalog NONE = new RunCatalog(false, List.of(), Map.of(), Optional.empty(), Json.MAPPER.createArrayNode(),
            Json.MAPPER.createArrayNode());

    static final int SCHEMA = 1;

    public Optional<WorkloadInfo> workload(String name) {
        return Optional.ofNullable(workloads.get(name));
    }

    /** Reads {@code workloads.json}; a missing file is {@link #NONE}, a malformed one an error naming it. */
    public static RunCatalog read(Path file) throws BadInputException {
        if (!Files.exists(file)) {
            return NONE;
        }
        JsonNode root = Json.read(file);
        if (root.path("schema").asInt(-1) != SCHEMA) {
            throw new BadInputException(file, "unknown catalogue schema " + root.path("schema") + " (this reports.jar reads schema " + SCHEMA
                    + "); render it with the reports.jar of the same build");
        }
        Map<String, WorkloadInfo> workloads = new LinkedHashMap<>();
        for (JsonNode w : root.path("workloads")) {
            String name = require(file, w, "name");
            JsonNode headline = w.path("headline");
            workloads.put(name, new WorkloadInfo(name, require(file, w, "stage"), text(w, "job"), require(file, headline, "method"),
                    params(headline.path("params")), text(w, "baseline"), text(w, "rankMetric"), w.path("roundTrip").asBoolean(false)));
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode j : root.path("jobs")) {
            String id = require(file, j, "id");
            List<String> of = workloads.values().stream().filter(w -> w.job().map(id::equals).orElse(false)).map(WorkloadInfo::name).toList();
            jobs.add(new Job(id, require(file, j, "title"), of));
        }
        return new RunCatalog(true, List.copyOf(jobs), java.util.Collections.unmodifiableMap(workloads), text(root, "floorWorkload"),
                root.path("targets"), root.path("guides"));
    }

    private static Map<String, List<String>> params(JsonNode p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        p.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.put(e.getKey(), List.copyOf(values));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static String require(Path file, JsonNode n, String field) throws BadInputException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new BadInputException(file, "a catalogue entry has no \"" + field + "\"");
        }
        return v.asText();
    }
}
