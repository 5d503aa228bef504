package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.changepoint.EDivisive;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The detection-quality measurement on a small sample (the README's table uses 200 series a row):
 * a 10% shift is found almost always, flat series rarely get a change point, the same seed gives
 * the same row, and the command prints the table.
 */
class DetectionQualityTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");
    private static final List<Path> SAMPLE = List.of(DATA.resolve("sample-aa-baseline.json"), DATA.resolve("sample-aa-candidate.json"),
            DATA.resolve("sample-slow05-baseline.json"), DATA.resolve("sample-slow10-baseline.json"));

    @Test
    void bigShiftsAreFoundAndFlatSeriesStayQuiet() throws Exception {
        DetectionQuality q = new DetectionQuality(RecordedNoise.load(SAMPLE), EDivisive.Settings.defaults(), 30, 5);
        DetectionQuality.Row shift = q.measure(0.10, 30, 1);
        assertTrue(shift.recall() >= 0.9, "recall at 10%: " + shift.recall());
        assertTrue(shift.precision() >= 0.8, "precision at 10%: " + shift.precision());
        DetectionQuality.Row flat = q.measure(0, 30, 2);
        assertTrue(flat.falsePer100Runs() < 1.0, "false change points per 100 commits: " + flat.falsePer100Runs());
        assertEquals(shift, q.measure(0.10, 30, 1), "seeded");
    }

    @Test
    void theCommandPrintsTheTable() {
        String[] args = {"history", "detection-quality", "--series", "5", "--shifts", "0.10", "--recordings"};
        String[] all = new String[args.length + SAMPLE.size()];
        System.arraycopy(args, 0, all, 0, args.length);
        for (int i = 0; i < SAMPLE.size(); i++) {
            all[args.length + i] = SAMPLE.get(i).toString();
        }
        CommandRunner r = CommandRunner.run(all);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("| +10% |") && r.out().contains("| none (flat) |"), r.out());

        CommandRunner one = CommandRunner.run("history", "detection-quality", "--recordings", SAMPLE.getFirst().toString());
        assertEquals(ExitCode.BAD_INPUT, one.exit());
    }

    /* A zero shift is the flat row (recall of nothing), and 1 + shift must stay a positive level. */
    @Test
    void aShiftOfZeroOrBelowMinusOneIsRefused() {
        for (String bad : new String[] {"0", "0.05,0", "-1", "NaN"}) {
            CommandRunner r = CommandRunner.run("history", "detection-quality", "--series", "1", "--shifts", bad,
                    "--recordings", SAMPLE.get(0).toString(), SAMPLE.get(1).toString());
            assertEquals(ExitCode.BAD_INPUT, r.exit(), bad + ": " + r.out());
            assertTrue(r.err().startsWith("error: --shifts must be non-zero and above -1"), r.err());
            assertEquals("", r.out(), "nothing measured");
        }
    }

    @Test
    void benchmarkPicksOneEntryOfFilesThatHoldSeveral() throws Exception {
        List<Path> real = List.of(DATA.resolve("real-aa-baseline.json"), DATA.resolve("real-aa-candidate.json"));
        RecordedNoise floor = RecordedNoise.load(real, java.util.regex.Pattern.compile("FloorBench"));
        assertTrue(floor.key().contains("FloorBench.roundTrip"), floor.key());
        assertEquals(2, floor.recordings());

        CommandRunner several = CommandRunner.run("history", "detection-quality", "--recordings", real.get(0).toString(), real.get(1).toString());
        assertEquals(ExitCode.BAD_INPUT, several.exit());
        assertTrue(several.err().contains("exactly one benchmark entry, found 6"), several.err());
        CommandRunner none = CommandRunner.run("history", "detection-quality", "--benchmark", "NoSuchBench",
                "--recordings", real.get(0).toString(), real.get(1).toString());
        assertEquals(ExitCode.BAD_INPUT, none.exit());
        assertTrue(none.err().contains("--benchmark 'NoSuchBench' must select exactly one entry, found 0"), none.err());
    }

    /* The README's detection-quality table is what its own command prints (seeded): it cannot drift. */
    @Test
    void theReadmeTableIsWhatTheCommandPrints() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
        String command = "history detection-quality --seed 20261201";
        assertTrue(readme.contains("java -jar reports/target/reports.jar " + command), "README names the command");
        String[] args = {"history", "detection-quality", "--seed", "20261201", "--recordings"};
        String[] all = new String[args.length + SAMPLE.size()];
        System.arraycopy(args, 0, all, 0, args.length);
        for (int i = 0; i < SAMPLE.size(); i++) {
            all[args.length + i] = SAMPLE.get(i).toString();
        }
        CommandRunner r = CommandRunner.run(all);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        for (String row : r.out().split("\n")) {
            if (row.startsWith("| +") || row.startsWith("| none")) {
                assertTrue(readme.contains(row.strip()), "README lacks the row the command prints: " + row);
            }
        }
    }
}
