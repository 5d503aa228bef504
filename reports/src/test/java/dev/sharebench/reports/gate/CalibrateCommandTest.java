package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.stats.MinimumDetectableEffect;
import dev.sharebench.reports.testing.CommandRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/*
 * `reports gate-calibrate` on the recorded calibration forks (20 a side, one benchmark), with few
 * trials: the A/A table says no false alarm, an injected or recorded slowdown of 10-20% is caught,
 * the summary prints one row per benchmark and fork count plus the whole run, and every
 * inconsistent combination of options is refused with exit 2 and a message naming the option.
 */
class CalibrateCommandTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");
    private static final String AA_B = DATA.resolve("sample-aa-baseline.json").toString();
    private static final String AA_C = DATA.resolve("sample-aa-candidate.json").toString();
    private static final String REAL_B = DATA.resolve("real-aa-baseline.json").toString();
    private static final String REAL_C = DATA.resolve("real-aa-candidate.json").toString();
    private static final String SHORT = "GateCalibrationBench.lockedAdd [sample] holdTokens=1000";

    /** The cells of the benchmark's row (labelled {@code label}). */
    private static List<String> row(String out, String label) {
        for (String line : out.lines().toList()) {
            List<String> cells = cells(line);
            if (cells.size() > 2 && cells.get(1).equals(label) && cells.get(2).equals("`" + SHORT + "`")) {
                return cells;
            }
        }
        throw new AssertionError("no row for " + label + " in:\n" + out);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : line.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells.size() > 2 ? cells.subList(0, cells.size() - 1) : cells;
    }

    private static int realBenchmarks() throws GateInputException {
        return GateInput.load("aa", List.of(Path.of(REAL_B), Path.of(REAL_C))).size();
    }

    private static double pct(String cell) {
        return Double.parseDouble(cell.replace("%", ""));
    }

    @Test
    void aaRowsShowNoFalseAlarmWithTheWilsonIntervalOfZeroInTwenty() throws Exception {
        CommandRunner r = CommandRunner.run("gate-calibrate", "--aa", AA_B, AA_C, "--trials", "20", "--label", "A/A");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("| run | benchmark | forks/side | trials | FAIL | 95% Wilson | INCONCLUSIVE | PASS |\n"), r.out());
        List<String> row = row(r.out(), "A/A");
        assertEquals(List.of("", "A/A", "`" + SHORT + "`", "10", "20", "0.0%", "[0.0%, 16.1%]"), row.subList(0, 7));
        assertEquals(100.0, pct(row.get(7)) + pct(row.get(8)), 0.11, "INCONCLUSIVE + PASS: " + row);
        assertFalse(r.out().contains(GateCalibration.ANY), "one benchmark: no whole-run row: " + r.out());

        CommandRunner six = CommandRunner.run("gate-calibrate", "--aa", REAL_B, REAL_C, "--trials", "5", "--label", "A/A");
        assertEquals(ExitCode.OK, six.exit(), six.err());
        assertEquals(2 + realBenchmarks() + 1, six.out().lines().count(), "header, rule, each benchmark and the whole run: " + six.out());
        assertTrue(six.out().contains("| A/A | `" + GateCalibration.ANY + "` | 10 | 5 | 0.0% |"), six.out());
    }

    @Test
    void aSlowdownInjectedOrRecordedIsCaught() {
        CommandRunner shifted = CommandRunner.run("gate-calibrate", "--aa", AA_B, AA_C, "--trials", "20", "--slowdown", "1.20", "--label", "x");
        assertEquals(ExitCode.OK, shifted.exit(), shifted.err());
        assertTrue(pct(row(shifted.out(), "x").get(5)) >= 90, shifted.out());

        CommandRunner recorded = CommandRunner.run("gate-calibrate", "--trials", "20", "--label", "y",
                "--baseline", DATA.resolve("sample-slow10-baseline.json").toString(),
                "--candidate", DATA.resolve("sample-slow10-candidate.json").toString());
        assertEquals(ExitCode.OK, recorded.exit(), recorded.err());
        List<String> row = row(recorded.out(), "y");
        assertTrue(pct(row.get(5)) >= 90, recorded.out());
        double[] wilson = java.util.Arrays.stream(row.get(6).replaceAll("[\\[\\]%]", "").split(", ")).mapToDouble(Double::parseDouble).toArray();
        assertTrue(wilson[0] <= pct(row.get(5)) && pct(row.get(5)) <= wilson[1] && wilson[1] <= 100, row.toString());

        // the edges of the allowed slowdowns are accepted
        for (String f : List.of("1", "4.0")) {
            CommandRunner edge = CommandRunner.run("gate-calibrate", "--aa", AA_B, AA_C, "--trials", "1", "--slowdown", f);
            assertEquals(ExitCode.OK, edge.exit(), f + ": " + edge.err());
        }
    }

    @Test
    void theSummaryHasARowPerForkCountWithTheMdeAndTheFormulasS() throws Exception {
        CommandRunner r = CommandRunner.run("gate-calibrate", "--aa", AA_B, AA_C, "--trials", "20", "--summary", "--forks", "2,10");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<List<String>> rows = r.out().lines().map(CalibrateCommandTest::cells).filter(c -> c.size() > 2 && c.get(1).startsWith("`")).toList();
        assertEquals(2, rows.size(), r.out());
        List<String> two = rows.get(0);
        List<String> ten = rows.get(1);
        assertEquals(List.of("2", "10"), List.of(two.get(2), ten.get(2)));
        // 2 forks a side is below the gate's minimum: no FAIL at any shift, no MDE within the search
        assertEquals("0.0%", two.get(6));
        assertEquals("> 300%", two.get(8));
        assertTrue(pct(ten.get(7)) >= pct(ten.get(6)), "+10% is caught at least as often as +5%: " + ten);
        double s = MinimumDetectableEffect.logSd(GateInput.load("aa", List.of(Path.of(AA_B), Path.of(AA_C))).values().iterator().next().forkSummaries());
        assertTrue(ten.get(9).endsWith(String.format(Locale.ROOT, "(%.3f)", s)), ten.get(9) + " vs s " + s);
        double mde = pct(ten.get(8));
        assertTrue(mde > 0 && mde < 10, "MDE at 10 forks a side of a 2% noise recording: " + ten);
        assertFalse(r.out().contains(GateCalibration.ANY), "one benchmark: no whole-run row");

        CommandRunner six = CommandRunner.run("gate-calibrate", "--aa", REAL_B, REAL_C, "--trials", "5", "--summary");
        assertEquals(ExitCode.OK, six.exit(), six.err());
        List<String> any = six.out().lines().map(CalibrateCommandTest::cells).filter(c -> c.size() > 2 && c.get(1).equals(GateCalibration.ANY))
                .findFirst().orElseThrow(() -> new AssertionError(six.out()));
        assertEquals(List.of("10", "0.0%"), any.subList(2, 4), "A/A of the whole run: " + any);
        assertEquals(2 + realBenchmarks() + 1, six.out().lines().count(), six.out());
    }

    @Test
    void inconsistentOptionsAreRefusedNamingTheOption() {
        String slow = DATA.resolve("sample-slow10-baseline.json").toString();
        String[][] cases = {
            {"--forks must be >= 2", "--aa", AA_B, "--forks", "1"},
            {"--trials >= 1", "--aa", AA_B, "--trials", "0"},
            {"give either --aa PATH..., or both", "--trials", "1"},
            {"give either --aa PATH..., or both", "--aa", AA_B, "--baseline", slow, "--candidate", slow},
            {"give either --aa PATH..., or both", "--baseline", slow},
            {"give either --aa PATH..., or both", "--candidate", slow},
            {"--slowdown and --summary resample A/A forks", "--baseline", slow, "--candidate", slow, "--slowdown", "1.1"},
            {"--slowdown and --summary resample A/A forks", "--baseline", slow, "--candidate", slow, "--summary"},
            {"--slowdown must be in [1, 4.0]", "--aa", AA_B, "--slowdown", "0.99"},
            {"--slowdown must be in [1, 4.0]", "--aa", AA_B, "--slowdown", "4.01"},
            {"a list of --forks needs --summary", "--aa", AA_B, "--forks", "5,10"},
            {"--delta must be > 0", "--aa", AA_B, "--delta", "0"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "gate-calibrate";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            CommandRunner r = CommandRunner.run(args);
            assertEquals(ExitCode.BAD_INPUT, r.exit(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[0]), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), "nothing printed before the refusal");
        }
        // the smallest accepted values
        CommandRunner min = CommandRunner.run("gate-calibrate", "--aa", AA_B, AA_C, "--forks", "2", "--trials", "1");
        assertEquals(ExitCode.OK, min.exit(), min.err());
        assertTrue(row(min.out(), "").get(3).equals("2") && row(min.out(), "").get(4).equals("1"), min.out());
    }

    @Test
    void shortKeyDropsThePackageOnly() {
        assertEquals(SHORT, CalibrateCommand.shortKey("dev.sharebench.jmh.gate." + SHORT));
        assertEquals("Foo.bar [avgt] x=a.b", CalibrateCommand.shortKey("org.example.Foo.bar [avgt] x=a.b"));
    }
}
