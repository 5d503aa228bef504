package dev.sharebench.reports.gate;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** gate.json: the same content as gate.md for machines. Non-finite numbers are written as null. */
public final class GateJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GateJson() {
    }

    public static ObjectNode toJson(GateResult r, List<String> notes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", r.regression() ? "REGRESSION" : "PASS");
        ObjectNode s = root.putObject("settings");
        s.put("defaultDelta", r.settings().thresholds().defaultDelta());
        s.put("alpha", r.settings().alpha());
        s.put("confidence", r.settings().confidence());
        s.put("minForks", r.settings().minForks());
        s.put("bootstrapForks", r.settings().bootstrapForks());
        s.put("bootstrapSeed", r.settings().seed());
        s.put("bootstrapReplicates", r.settings().replicates());
        ArrayNode arr = root.putArray("benchmarks");
        for (BenchmarkJudgement c : r.judgements()) {
            ObjectNode o = arr.addObject();
            o.put("key", c.key());
            o.put("verdict", c.verdict().name());
            o.put("reason", c.reason());
            o.put("unit", c.unit());
            o.put("higherIsBetter", c.higherIsBetter());
            Json.putNumber(o, "ratio", c.ratio().value());
            Json.putNumber(o, "ciLower", c.ratio().lower());
            Json.putNumber(o, "ciUpper", c.ratio().upper());
            o.put("delta", c.delta());
            Json.putNumber(o, "hodgesLehmannRatio", c.hlRatio());
            Json.putNumber(o, "pValue", c.pValue());
            Json.putNumber(o, "qValue", c.qValue());
            o.put("baselineForks", c.baselineForks());
            o.put("candidateForks", c.candidateForks());
            o.put("method", c.method());
        }
        r.onlyBaseline().forEach(root.putArray("onlyBaseline")::add);
        r.onlyCandidate().forEach(root.putArray("onlyCandidate")::add);
        notes.forEach(root.putArray("notes")::add);
        return root;
    }

    public static void write(GateResult r, List<String> notes, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), toJson(r, notes));
    }
}
