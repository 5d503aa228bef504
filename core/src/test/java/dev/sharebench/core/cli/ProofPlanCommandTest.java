package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.cases.ProofCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/* The plan's records line is what scripts/test.sh holds a run's proofs folder to: it must name every record a run writes. */
class ProofPlanCommandTest {

    private static String line(String prefix, String... args) {
        CommandLine cl = CoreMain.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString().lines().filter(l -> l.startsWith(prefix + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "= line in " + out)).substring(prefix.length() + 1);
    }

    @Test
    void recordsNameBothVariantsOfAProofAndTheFixedOneOfACheck() {
        assertEquals("P01-broken.json,P01-fixed.json,P14-broken.json,P14-fixed.json,P33-fixed.json",
                line("records", "proof-plan", "--only", "P01,P14,P33"));
    }

    @Test
    void recordsOfTheWholePlanMatchWhatTheRunnerWritesPlusTwoPerJcstressProof() {
        List<String> records = Arrays.asList(line("records", "proof-plan").split(","));
        long runnerRecords = ProofCases.all().stream().mapToLong(p -> p.variants().size()).sum();
        long jcstressProofs = line("jcstressIds", "proof-plan").split(",").length;
        assertEquals(runnerRecords + 2 * jcstressProofs, records.size(), records.toString());
        assertTrue(records.contains("P20-broken.json") && records.contains("P35-fixed.json") && !records.contains("P35-broken.json"),
                records.toString());
    }
}
