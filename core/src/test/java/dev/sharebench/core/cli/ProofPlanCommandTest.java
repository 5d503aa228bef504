package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.ProofCatalog;
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
    void recordsOfTheWholePlanMatchWhatTheRunnerWritesPlusTwoPerJcstressProofAndOnePerJcstressCheck() {
        List<String> records = Arrays.asList(line("records", "proof-plan").split(","));
        long runnerRecords = ProofCases.all().stream().mapToLong(p -> p.variants().size()).sum();
        long jcstressRecords = ProofCatalog.parseIds("jcstressIds", line("jcstressIds", "proof-plan")).stream()
                .mapToLong(p -> p.kind().isCheck() ? 1 : 2).sum();
        assertEquals(runnerRecords + jcstressRecords, records.size(), records.toString());
        assertTrue(records.contains("P20-broken.json") && records.contains("P35-fixed.json") && !records.contains("P35-broken.json"),
                records.toString());
        assertTrue(records.contains("P36-fixed.json") && !records.contains("P36-broken.json"), records.toString());
    }

    /* The jcstress checks go to jcstress with the proofs: one regex for every alias's test of each. */
    @Test
    void theJcstressChecksRunUnderJcstress() {
        assertEquals("P04,P36,P37", line("jcstressIds", "proof-plan", "--only", "P04,P30,P36,P37"));
        assertEquals("P30", line("runner", "proof-plan", "--only", "P04,P30,P36,P37"));
        assertTrue(java.util.regex.Pattern.compile(line("jcstress", "proof-plan", "--only", "P04,P36"))
                .matcher("dev.sharebench.jcstress.check.Check_36_Counters.LongAdder").find());
    }

    /* Without --only, sanity and quick leave the jcstress checks out (their cost, ProofInfo.runsByDefaultIn); --only runs them anyway. */
    @Test
    void theJcstressChecksRunInFullOnlyUnlessNamed() {
        for (String mode : List.of("sanity", "quick")) {
            String ids = line("jcstressIds", "proof-plan", "--mode", mode);
            assertTrue(ids.contains("P20") && !ids.contains("P36") && !ids.contains("P37"), mode + ": " + ids);
            assertTrue(!line("records", "proof-plan", "--mode", mode).contains("P36"), mode);
        }
        assertTrue(line("jcstressIds", "proof-plan", "--mode", "full").endsWith("P36,P37"));
        assertTrue(line("jcstressIds", "proof-plan").endsWith("P36,P37"), "the default is every proof");
        assertEquals("P36", line("jcstressIds", "proof-plan", "--mode", "quick", "--only", "P36"));
    }
}
