package dev.sharebench.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.proof.ProofJUnit;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.proof.ProofRecords;
import dev.sharebench.reports.proof.ProofTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code gate --proofs DIR}: correctness beside performance. The candidate's proof records are
 * judged as test cases ({@link ProofTestCase}); a fixed variant that failed or could not run is a
 * correctness regression and fails the gate (exit 1) whatever the timings say. A broken variant
 * that no longer reproduces is listed, not failed: it says the proof went blind on this machine,
 * not that the change broke anything.
 *
 * <p>Additive by design: the performance outputs are written first, exactly as without proofs;
 * this section is then prepended (headline) and appended (table) to gate.md, added to gate.json
 * as {@code "correctness"}, and gate-junit.xml becomes a {@code <testsuites>} of the performance
 * suite and the proofs suite.
 */
final class ProofSection {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;
    private final List<ProofRecord> records;
    private final List<ProofTestCase> cases;

    private ProofSection(Path dir, List<ProofRecord> records) {
        this.dir = dir;
        this.records = records;
        this.cases = records.stream().map(ProofTestCase::of).toList();
    }

    static ProofSection load(Path dir) throws GateInputException {
        if (!Files.isDirectory(dir)) {
            throw new GateInputException("--proofs " + dir + ": not a directory (expected results/<run-id>/proofs)");
        }
        try {
            List<ProofRecord> records = ProofRecords.read(dir);
            if (records.isEmpty()) {
                throw new GateInputException("--proofs " + dir + ": no proof records (*.json)");
            }
            return new ProofSection(dir, records);
        } catch (BadInputException e) {
            throw new GateInputException("--proofs: " + e.getMessage(), e);
        }
    }

    List<ProofTestCase> regressions() {
        return cases.stream().filter(ProofTestCase::fixRegressed).toList();
    }

    boolean regression() {
        return !regressions().isEmpty();
    }

    private List<ProofTestCase> notPassing() {
        return cases.stream().filter(c -> c.status() != ProofTestCase.Status.PASSED).toList();
    }

    /** Adds the correctness section to the gate's three outputs in {@code out}. */
    void addTo(Path out) throws IOException {
        Path md = out.resolve("gate.md");
        Files.writeString(md, headline() + Files.readString(md) + table());
        Path json = out.resolve("gate.json");
        ObjectNode root = (ObjectNode) MAPPER.readTree(json.toFile());
        if (regression()) {
            root.put("verdict", "REGRESSION");
        }
        root.set("correctness", json());
        MAPPER.writeValue(json.toFile(), root);
        Path junit = out.resolve("gate-junit.xml");
        String performance = Files.readString(junit).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        Files.writeString(junit, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"sharebench-gate\">\n"
                + performance + ProofJUnit.suite(records) + "</testsuites>\n");
    }

    String headline() {
        List<ProofTestCase> bad = regressions();
        if (bad.isEmpty()) {
            return "## Correctness (proofs): PASS\n\n" + records.size() + " proof variants from `" + dir + "`: no fixed variant failed.\n\n";
        }
        return "## Correctness (proofs): REGRESSION\n\n" + bad.size() + " fixed variant(s) failed or could not run: "
                + String.join(", ", bad.stream().map(c -> "**" + c.name() + "**").toList()) + " (details at the end).\n\n";
    }

    private String table() {
        List<ProofTestCase> shown = notPassing();
        StringBuilder sb = new StringBuilder("\n### Proofs (").append(records.size()).append(" variants, ")
                .append(shown.size()).append(" not passing)\n\n");
        if (shown.isEmpty()) {
            return sb.append("Every fix held and every broken variant reproduced its bug.\n").toString();
        }
        sb.append("| proof | status | why |\n|---|---|---|\n");
        for (ProofTestCase c : shown) {
            sb.append("| `").append(c.name()).append("` ").append(c.record().title().replace("|", "\\|")).append(" | ")
                    .append(c.fixRegressed() ? "**" + c.status() + "**" : c.status() + " (not a regression)").append(" | ")
                    .append(c.message().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return sb.toString();
    }

    private JsonNode json() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("verdict", regression() ? "REGRESSION" : "PASS");
        o.put("proofs", dir.toString());
        o.put("variants", records.size());
        ArrayNode arr = o.putArray("notPassing");
        for (ProofTestCase c : notPassing()) {
            ObjectNode x = arr.addObject();
            x.put("proof", c.record().id());
            x.put("variant", c.record().variant());
            x.put("status", c.status().name());
            x.put("regression", c.fixRegressed());
            x.put("message", c.message());
        }
        return o;
    }
}
