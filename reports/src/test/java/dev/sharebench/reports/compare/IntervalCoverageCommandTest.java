package dev.sharebench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.Main;
import dev.sharebench.reports.stats.MeasuredCoverage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/* The coverage the documents quote is recomputed here from the recorded forks it was measured on
 * (docs/gate-calibration-data/real-aa-*.json), so the quoted figures cannot drift from the rule. */
class IntervalCoverageCommandTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");

    @Test
    void theQuotedCoverageIsWhatTheRecordedForksGive(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("sharebench-coverage.tsv");
        int code = run("interval-coverage", DATA.resolve("real-aa-baseline.json").toString(),
                DATA.resolve("real-aa-candidate.json").toString(), "--tsv", tsv.toString());
        assertEquals(0, code);
        String resource;
        try (var in = MeasuredCoverage.class.getResourceAsStream("interval-coverage.tsv")) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(resource, Files.readString(tsv),
                "regenerate reports/src/main/resources/dev/sharebench/reports/stats/interval-coverage.tsv (docs/statistics.md)");
        assertTrue(MeasuredCoverage.sentence().contains(MeasuredCoverage.rows().get(0).ratioMean()));
    }

    @Test
    void aFileWithoutEnoughForksIsBadInput() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("interval-coverage", DATA.resolve("aa-baseline.json").toString(), "--min-population", "1000");
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("error: no benchmark in"), err.toString());
    }

    private static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
