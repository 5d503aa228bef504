package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofRecordsTest {

    @TempDir
    Path dir;

    private static final ProofInfo P01 = ProofCatalog.find("P01").orElseThrow();

    @Test
    void writesOneFilePerVariantWithExactlyTheAgreedFields() throws Exception {
        List<Outcome> outcomes = List.of(new Outcome("2", 90, Grade.ACCEPTABLE, "Both landed."),
                new Outcome("1", 10, Grade.ACCEPTABLE_INTERESTING, "Lost update."));
        ProofRecord r = ProofRecord.judged(P01, Variant.BROKEN, P01.testClass() + ".Broken", 100, outcomes, List.of("atomic-long"),
                Mode.SANITY, 1234);
        Path file = ProofRecords.write(dir, r);
        assertEquals("P01-broken.json", file.getFileName().toString());

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "number", "title", "pitfall", "kind", "variant", "test", "trials", "outcomes", "verdict",
                "reason", "aliases", "aliasVerdicts", "deterministic", "arch", "jdk", "cpus", "mode", "durationMs"), fields);
        assertEquals("atomic-long", json.get("aliases").get(0).asText());
        // outcome ids that name no alias: the record's verdict speaks for the alias it ran
        assertEquals("{\"alias\":\"atomic-long\",\"params\":{},\"verdict\":\"reproduced\"}", json.get("aliasVerdicts").get(0).toString());
        assertFalse(json.get("deterministic").asBoolean());
        assertEquals("P01", json.get("id").asText());
        assertEquals(1, json.get("number").asInt());
        assertEquals("jcstress", json.get("kind").asText());
        assertEquals("broken", json.get("variant").asText());
        assertEquals("reproduced", json.get("verdict").asText());
        assertEquals("sanity", json.get("mode").asText());
        assertEquals("ACCEPTABLE_INTERESTING", json.get("outcomes").get(1).get("grade").asText());
        assertEquals(10, json.get("outcomes").get(1).get("count").asLong());
        assertEquals(List.of("id", "count", "grade", "desc"), names(json.get("outcomes").get(0)));
        assertEquals(Runtime.version().toString(), json.get("jdk").asText());

        assertEquals(r, ProofRecords.read(file));
    }

    @Test
    void notReproducedIsWrittenWithItsLabelAndReason() throws Exception {
        ProofInfo p04 = ProofCatalog.find("P04").orElseThrow();
        ProofRecord r = ProofRecord.judged(p04, Variant.BROKEN, "t", 10,
                List.of(new Outcome("1, 0", 0, Grade.ACCEPTABLE_INTERESTING, "Stale.")), List.of(), Mode.QUICK, 1);
        String text = Files.readString(ProofRecords.write(dir, r));
        assertTrue(text.contains("\"verdict\" : \"not reproduced on this hardware\""), text);
        // The memory-model note belongs to the architecture the record ran on, and only to it.
        assertEquals(MemoryModelNote.isX86(RunEnvironment.arch()), text.contains("TSO"), text);
    }

    @Test
    void theTsoNoteIsGivenOnlyForX86() {
        assertTrue(MemoryModelNote.notReproduced("amd64").orElseThrow().contains("TSO"));
        assertTrue(MemoryModelNote.notReproduced("x86_64").isPresent());
        assertTrue(MemoryModelNote.notReproduced("aarch64").isEmpty());
        assertTrue(MemoryModelNote.notReproduced("ppc64le").isEmpty());
    }

    @Test
    void aVerdictThatNeedsAReasonCannotBeBuiltWithoutOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProofRecord("P01", 1, "t", "p",
                Kind.JCSTRESS, Variant.FIXED, "x", 1, List.of(), Verdict.FIX_FAILED, null, List.of(), false, "amd64", "25", 2, Mode.QUICK, 0));
        assertTrue(e.getMessage().contains("needs a reason"), e.getMessage());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
