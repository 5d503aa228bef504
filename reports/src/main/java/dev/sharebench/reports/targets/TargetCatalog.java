package dev.sharebench.reports.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.results.RunCatalog;
import dev.sharebench.reports.common.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The performance targets of the run, read from its {@code workloads.json} (core's catalogue defines
 * them): each is {@code numerator / denominator} compared with a limit. The code is generic over them.
 */
public final class TargetCatalog {

    static final Set<String> STATISTICS = Set.of("median", "p50");

    /**
     * One target; {@code direction} is {@code <=} or {@code >=}; {@code context}: bench selectors shown
     * beside the judged side against the same reference, never judged (empty for most).
     */
    public record Target(String id, String title, String statement, Selector numerator, Selector denominator,
                         double limit, String direction, List<Selector> context) {

        public Target {
            context = context == null ? List.of() : List.copyOf(context);
        }

        boolean met(double ratio) {
            return direction.equals("<=") ? ratio <= limit : ratio >= limit;
        }
    }

    /**
     * Either JMH runs ({@code bench} = {@code Class.method}, each param name must have one of the
     * listed values, several matches: the best) or one case of a reference program, measured before
     * and after each fork of the other side ({@code reference/pairs/<target>.jsonl}).
     */
    public record Selector(String bench, Map<String, List<String>> params, String statistic,
                           String program, List<String> args, String needs) {

        boolean isBench() {
            return bench != null;
        }

        /** "RttBench.roundTrip mechanism=pipe placement=same-cpu" or "transports --transport pipe ...". */
        String describe() {
            if (!isBench()) {
                return program + (args.isEmpty() ? "" : " " + String.join(" ", args));
            }
            StringBuilder s = new StringBuilder(bench);
            params.forEach((k, v) -> s.append(' ').append(k).append('=').append(String.join("|", v)));
            return s.toString();
        }
    }

    private TargetCatalog() {
    }

    /** The run's targets (its {@code workloads.json}); none for another project's results. */
    public static List<Target> of(RunCatalog run) {
        if (!run.present()) {
            return List.of();
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("targets", run.targets());
        return parse(root);
    }

    /** Parses and validates; a malformed entry is an error naming the target. */
    static List<Target> parse(JsonNode root) {
        List<Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode t : root.path("targets")) {
            String id = require(t, "id", "?");
            if (!ids.add(id)) {
                throw new IllegalArgumentException("target " + id + ": duplicate id");
            }
            String direction = require(t, "direction", id);
            if (!direction.equals("<=") && !direction.equals(">=")) {
                throw new IllegalArgumentException("target " + id + ": direction must be <= or >=, got " + direction);
            }
            double limit = t.path("limit").asDouble(Double.NaN);
            if (!(limit > 0)) {
                throw new IllegalArgumentException("target " + id + ": limit must be a positive number");
            }
            List<Selector> context = new ArrayList<>();
            for (JsonNode c : t.path("context")) {
                Selector s = selector(c, id);
                if (!s.isBench()) {
                    throw new IllegalArgumentException("target " + id + ": a context row must be a bench selector");
                }
                context.add(s);
            }
            out.add(new Target(id, require(t, "title", id), require(t, "statement", id), selector(t.get("numerator"), id),
                    selector(t.get("denominator"), id), limit, direction, context));
        }
        return List.copyOf(out);
    }

    /** One selector object; a malformed one is an error naming {@code id} (a target's or a guide's). */
    static Selector selector(JsonNode s, String id) {
        if (s == null || !s.isObject()) {
            throw new IllegalArgumentException("target " + id + ": numerator and denominator must be objects");
        }
        String bench = Json.text(s, "bench", null);
        String program = Json.text(s, "program", null);
        if ((bench == null) == (program == null)) {
            throw new IllegalArgumentException("target " + id + ": a selector needs exactly one of \"bench\" and \"program\"");
        }
        if (bench != null) {
            if (!bench.matches("[A-Za-z_$][\\w$]*\\.[A-Za-z_$][\\w$]*")) {
                throw new IllegalArgumentException("target " + id + ": bench must be Class.method, got " + bench);
            }
            String statistic = require(s, "statistic", id);
            if (!STATISTICS.contains(statistic)) {
                throw new IllegalArgumentException("target " + id + ": statistic must be one of " + STATISTICS + ", got " + statistic);
            }
            Map<String, List<String>> params = new LinkedHashMap<>();
            s.path("params").properties().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                if (!e.getValue().isArray() || values.isEmpty()) {
                    throw new IllegalArgumentException("target " + id + ": param " + e.getKey() + " must be a non-empty array");
                }
                params.put(e.getKey(), List.copyOf(values));
            });
            return new Selector(bench, params, statistic, null, List.of(), null);
        }
        if (!program.matches("[\\w.-]+")) {
            throw new IllegalArgumentException("target " + id + ": program must be a file name of scripts/reference, got " + program);
        }
        List<String> args = new ArrayList<>();
        s.path("args").forEach(a -> args.add(a.asText()));
        return new Selector(null, Map.of(), null, program, List.copyOf(args), require(s, "needs", id));
    }

    static String require(JsonNode n, String field, String id) {
        String v = Json.text(n, field, null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("target " + id + ": \"" + field + "\" is required");
        }
        return v;
    }
}
