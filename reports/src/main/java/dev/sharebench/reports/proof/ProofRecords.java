package dev.sharebench.reports.proof;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads {@code proofs/*.json}: one record per file, or an array of records. */
public final class ProofRecords {

    private static final List<String> VERDICTS = List.of("reproduced", "not reproduced on this hardware", "fix held", "fix failed", "error");

    private ProofRecords() {
    }

    public static List<ProofRecord> read(Path dir) throws BadInputException {
        List<ProofRecord> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage(), e);
        }
        for (Path f : files) {
            JsonNode root = Json.read(f);
            if (root.isArray()) {
                for (JsonNode n : root) {
                    out.add(record(f, n));
                }
            } else {
                out.add(record(f, root));
            }
        }
        out.sort(Comparator.comparingInt(ProofRecord::number).thenComparing(ProofRecord::variant));
        return out;
    }

    static ProofRecord record(Path file, JsonNode n) throws BadInputException {
        if (!n.isObject()) {
            throw new BadInputException(file, "a proof record must be a JSON object");
        }
        for (String required : List.of("id", "variant", "verdict")) {
            if (!n.hasNonNull(required)) {
                throw new BadInputException(file, "proof record has no \"" + required + "\"");
            }
        }
        String variant = n.get("variant").asText();
        if (!variant.equals("broken") && !variant.equals("fixed")) {
            throw new BadInputException(file, "proof " + n.get("id").asText() + ": variant must be broken or fixed, got '" + variant + "'");
        }
        String verdict = n.get("verdict").asText();
        if (!VERDICTS.contains(verdict)) {
            throw new BadInputException(file, "proof " + n.get("id").asText() + ": unknown verdict '" + verdict + "', expected one of " + VERDICTS);
        }
        List<ProofRecord.Outcome> outcomes = new ArrayList<>();
        for (JsonNode o : n.path("outcomes")) {
            outcomes.add(new ProofRecord.Outcome(Json.text(o, "id", "?"), o.path("count").asLong(),
                    Json.text(o, "grade", "UNKNOWN"), Json.text(o, "desc", "")));
        }
        String id = n.get("id").asText();
        int number = n.hasNonNull("number") ? n.get("number").asInt() : parseNumber(id);
        return new ProofRecord(id, number, Json.text(n, "title", id), Json.text(n, "pitfall", ""), Json.text(n, "kind", "?"),
                variant, Json.text(n, "test", "?"), n.path("trials").asLong(), outcomes, verdict, Json.text(n, "reason", ""),
                Json.text(n, "arch", "?"), Json.text(n, "jdk", "?"), n.path("cpus").asInt(), Json.text(n, "mode", "?"),
                n.path("durationMs").asLong(), aliases(n.path("aliases")), n.path("deterministic").asBoolean(false),
                aliasVerdicts(file, n.path("aliasVerdicts")));
    }

    /* Core's per-alias verdicts; null for a record written before the field existed (its verdict then speaks for its aliases). */
    private static List<ProofRecord.AliasVerdict> aliasVerdicts(Path file, JsonNode array) throws BadInputException {
        if (array.isMissingNode() || array.isNull()) {
            return null;
        }
        List<ProofRecord.AliasVerdict> out = new ArrayList<>();
        for (JsonNode v : array) {
            String verdict = Json.text(v, "verdict", "?");
            if (!VERDICTS.contains(verdict) || !v.hasNonNull("alias")) {
                throw new BadInputException(file, "aliasVerdicts: each needs an alias and one of " + VERDICTS + ", got " + v);
            }
            Map<String, String> params = new LinkedHashMap<>();
            v.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            out.add(new ProofRecord.AliasVerdict(v.get("alias").asText(), params, verdict));
        }
        return out;
    }

    /* Records written before the field existed ran no alias as far as anyone can tell: none. */
    private static List<String> aliases(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    private static int parseNumber(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
