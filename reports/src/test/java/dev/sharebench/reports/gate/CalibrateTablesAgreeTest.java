package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/*
 * `gate-calibrate --summary` condenses what the plain tables measure with the same seed: its A/A
 * columns must equal the A/A table's, its "+5%" and "+10%" columns the FAIL of `--slowdown 1.05`
 * and `--slowdown 1.10`, its whole-run row the A/A table's. The recorded six-benchmark A/A run with
 * a tiny delta and a lenient alpha gives rates that are neither 0 nor 100%, so every percentage is
 * checked at a value where scaling it wrongly would show. Also: resampling really varies the
 * splits, and a fork count that uses every recorded fork is allowed.
 */
class CalibrateTablesAgreeTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");
    private static final String REAL_B = DATA.resolve("real-aa-baseline.json").toString();
    private static final String REAL_C = DATA.resolve("real-aa-candidate.json").toString();
    private static final String[] LOOSE = {"--trials", "20", "--delta", "0.001", "--alpha", "0.5"};

    private static String run(String... args) {
        CommandRunner r = CommandRunner.run(args);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return r.out();
    }

    private static String[] args(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }

    /** Data rows of a table by their benchmark cell (backticks removed), each row's cells. */
    private static Map<String, List<String>> rows(String table, int keyColumn) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : table.lines().skip(2).toList()) {
            List<String> cells = new ArrayList<>();
            for (String c : line.split("\\|", -1)) {
                cells.add(c.strip());
            }
            out.put(cells.get(keyColumn).replace("`", ""), cells);
        }
        return out;
    }

    private static double pct(String cell) {
        return Double.parseDouble(cell.replace("%", ""));
    }

    @Test
    void theSummaryEqualsTheTablesItCondenses() {
        String[] aa = {"gate-calibrate", "--aa", REAL_B, REAL_C};
        Map<String, List<String>> summary = rows(run(args(args(aa, LOOSE), "--summary")), 1);
        Map<String, List<String>> plain = rows(run(args(aa, LOOSE)), 2);
        Map<String, List<String>> five = rows(run(args(args(aa, LOOSE), "--slowdown", "1.05")), 2);
        Map<String, List<String>> ten = rows(run(args(args(aa, LOOSE), "--slowdown", "1.10")), 2);
        assertEquals(plain.keySet(), summary.keySet(), "the same benchmarks and the whole-run row");
        assertTrue(plain.containsKey(GateCalibration.ANY), plain.toString());
        for (var e : summary.entrySet()) {
            List<String> s = e.getValue();
            List<String> p = plain.get(e.getKey());
            assertEquals(p.subList(5, 8), s.subList(3, 6), "A/A FAIL, Wilson, INCONCLUSIVE of " + e.getKey());
            assertEquals(100.0, pct(p.get(5)) + pct(p.get(7)) + pct(p.get(8)), 0.11, "FAIL + INCONCLUSIVE + PASS: " + p);
            if (!e.getKey().equals(GateCalibration.ANY)) {
                assertEquals(five.get(e.getKey()).get(5), s.get(6), "+5% of " + e.getKey());
                assertEquals(ten.get(e.getKey()).get(5), s.get(7), "+10% of " + e.getKey());
            }
        }
        // the comparison means something only if some rates are strictly between 0 and 100%
        assertTrue(plain.values().stream().anyMatch(p -> pct(p.get(5)) > 0 && pct(p.get(8)) > 0), "a row with FAIL and PASS: " + plain);
        assertTrue(summary.values().stream().anyMatch(s -> pct(s.get(6)) > 0), "a +5% FAIL rate above 0: " + summary);
    }

    @Test
    void resampledSplitsDifferFromTrialToTrial() {
        // The same split every trial would make each verdict's rate 0 or 100%.
        Map<String, List<String>> plain = rows(run(args(new String[] {"gate-calibrate", "--aa", REAL_B, REAL_C}, LOOSE)), 2);
        assertTrue(plain.values().stream().anyMatch(p -> Stream.of(p.get(5), p.get(7), p.get(8))
                .anyMatch(c -> pct(c) > 0 && pct(c) < 100)), plain.toString());
    }

    @Test
    void everyRecordedForkMayBeUsed() {
        // 20 forks recorded a side: 20 a side for a power run, 20 + 20 from the A/A pool of 40.
        String sample = DATA.resolve("sample-aa-baseline.json").toString();
        String power = run("gate-calibrate", "--trials", "7", "--forks", "20",
                "--baseline", DATA.resolve("sample-slow10-baseline.json").toString(),
                "--candidate", DATA.resolve("sample-slow10-candidate.json").toString());
        List<String> row = rows(power, 2).values().iterator().next();
        assertEquals(List.of("20", "7", "100.0%"), row.subList(3, 6), power);
        String aa = run("gate-calibrate", "--aa", sample, DATA.resolve("sample-aa-candidate.json").toString(), "--trials", "7", "--forks", "20",
                "--delta", "0.5");
        row = rows(aa, 2).values().iterator().next();
        assertEquals(List.of("20", "7", "0.0%"), row.subList(3, 6), aa);
        assertEquals(List.of("0.0%", "100.0%"), row.subList(7, 9), "a 50% threshold passes every A/A split: " + aa);
    }
}
