package dev.sharebench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharebench.core.catalog.Guide;
import dev.sharebench.core.catalog.Guides;
import dev.sharebench.core.nativeos.Affinity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/*
 * The same-run reference programs of scripts/reference/ (C: core-to-core, transports, shm-ring;
 * Python: python-guides) against their one-case contract: one JSON line with the case echoed and
 * a value, exit 2 with a one-line message naming a bad argument, exit 3 when the machine cannot
 * run the case, and nothing left behind. Each C program is compiled here with -Wall -Wextra and
 * must compile without a warning. Every valid case runs for 30 ms only: this checks the programs,
 * it measures nothing. Skipped (not failed) where there is no cc or no python3.
 */
@Timeout(60)
class ReferenceProgramsTest {

    private static final Path DIR = referenceDir();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] C_PROGRAMS = {"core-to-core", "transports", "shm-ring"};

    @TempDir
    static Path bin;

    private static boolean haveCc;

    @BeforeAll
    static void compile() throws Exception {
        haveCc = works("cc", "--version");
        if (!haveCc) {
            return;
        }
        for (String p : C_PROGRAMS) {
            Ran cc = run(List.of("cc", "-O2", "-pthread", "-Wall", "-Wextra", DIR.resolve(p + ".c").toString(),
                    "-o", bin.resolve(p).toString()));
            assertEquals(0, cc.exit, p + ".c does not compile: " + cc.err);
            assertFalse(cc.err.contains("warning"), p + ".c compiles with warnings: " + cc.err);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "core-to-core | --layout  | diagonal",
        "core-to-core | --ms      | soon",
        "transports   | --wait    | sometimes",
        "transports   | --spin-us | 5",          // only with --wait spin-then-block
        "shm-ring     | --payload | 100",        // not a multiple of 8
        "shm-ring     | --capacity| 3000",       // not a power of two
    })
    void aBadArgumentExits2WithOneLineNamingIt(String program, String option, String value) throws Exception {
        assumeTrue(haveCc, "no C compiler (cc)");
        assertBadArgument(run(List.of(bin.resolve(program).toString(), option, value)), option);
    }

    @Test
    void aBadPythonArgumentExits2WithOneLineNamingIt() throws Exception {
        assumeTrue(works("python3", "--version"), "no python3");
        assertBadArgument(python("--case", "lock-counter", "--placement", "cross-cpu"), "--placement");
        assertBadArgument(python("--case", "pipe-rtt", "--ms", "0"), "--ms");
    }

    @Test
    void coreToCoreMeasuresOneCase() throws Exception {
        JsonNode j = cCase("core-to-core", "--layout", "two-lines", "--pause", "off", "--pin", "os");
        assertCase(j, "core-to-core", "ns", "layout", "two-lines");
        assertEquals("off", j.at("/case/pause").asText());
        assertTrue(j.get("samples").asInt() >= 1 && j.get("roundTrips").asLong() >= 10_000, j.toString());
        assertTrue(j.get("min").asDouble() <= j.get("value").asDouble() && j.get("value").asDouble() <= j.get("max").asDouble(), j.toString());
    }

    @Test
    void transportsMeasuresOneCaseWithBothProcessesCpuTime() throws Exception {
        JsonNode j = cCase("transports", "--transport", "uds", "--wait", "spin-then-block", "--placement", "os", "--spin-us", "10");
        assertCase(j, "transports", "us", "transport", "uds");
        assertEquals(10, j.at("/case/spinUs").asInt());
        assertTrue(j.get("p99").asDouble() >= j.get("value").asDouble(), j.toString());
        assertTrue(j.at("/cpu/parentNsPerOp").asDouble() > 0 && j.at("/cpu/childNsPerOp").asDouble() > 0, j.toString());
    }

    @Test
    void shmRingMeasuresOneCase() throws Exception {
        JsonNode j = cCase("shm-ring", "--payload", "4096", "--capacity", "16384", "--placement", "os");
        assertCase(j, "shm-ring", "msg/s", "payload", "4096");
        assertEquals("full", j.at("/case/check").asText());
        assertEquals(j.get("value").asDouble() * 4096, j.get("bytesPerSecond").asDouble(), 4096);
        assertEquals(65536, j.get("effectiveCapacity").asInt(), "raised to hold 8 records, as RingLayout.capacityFor");
    }

    @Test
    void crossCpuOnOneAllowedCpuExits3() throws Exception {
        assumeTrue(haveCc && Affinity.available(), "needs cc and sched_setaffinity");
        BitSet before = Affinity.currentThreadCpus();
        BitSet one = new BitSet();
        one.set(before.nextSetBit(0));
        Affinity.pinCurrentThread(one);   // the child process inherits the mask of the thread that starts it
        try {
            Ran r = run(List.of(bin.resolve("transports").toString(), "--placement", "cross-cpu", "--ms", "30"));
            assertEquals(3, r.exit, r.err);
            assertTrue(r.err.contains("2 CPUs"), r.err);
        } finally {
            Affinity.pinCurrentThread(before);
        }
    }

    @Test
    void theOldSweepsStillPrintWhatRunAllReads() throws Exception {
        assumeTrue(haveCc, "no C compiler (cc)");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "the old sweeps pin to 2 CPUs");
        Ran c2c = run(List.of(bin.resolve("core-to-core").toString(), "20000", "3"));
        assertEquals(0, c2c.exit, c2c.err);
        JsonNode j = JSON.readTree(c2c.out);
        assertEquals(3, j.get("runs").size());
        assertTrue(j.get("rttNs").asDouble() > 0);
        Ran tr = run(List.of(bin.resolve("transports").toString(), "10", "1"));
        assertEquals(0, tr.exit, tr.err);
        for (String t : List.of("pipe", "uds", "tcp")) {
            for (String p : List.of("cross-cpu", "same-cpu")) {
                assertTrue(JSON.readTree(tr.out).at("/p50/" + t + "/" + p).asDouble() > 0, tr.out);
            }
        }
    }

    @ParameterizedTest(name = "python-guides --case {0}")
    @CsvSource({"lock-counter, ns, false", "queue-handoff, items/s, false", "pipe-rtt, us, true", "shm-spin-rtt, us, true"})
    void pythonGuidesMeasureOneCaseAndLeaveNothingBehind(String name, String unit, boolean crossProcess) throws Exception {
        assumeTrue(works("python3", "--version"), "no python3");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "cross-cpu needs 2 CPUs");
        List<String> args = new ArrayList<>(List.of("--case", name, "--ms", "30"));
        if (name.equals("lock-counter")) {
            args.addAll(List.of("--threads", "2"));
        }
        Ran r = python(args.toArray(String[]::new));
        assertEquals(0, r.exit, r.err);
        JsonNode j = JSON.readTree(r.out);
        assertCase(j, "python-guides", unit, "case", name);
        if (crossProcess) {
            assertEquals("cross-cpu", j.at("/case/placement").asText());
            assertTrue(j.get("p99").asDouble() >= j.get("value").asDouble(), r.out);
        }
        String mine = "sharebench-ref-p" + r.pid + "-";
        for (Path d : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(mine)).toList(), "left behind");
                }
            }
        }
    }

    /*
     * Every guide's exact Python arguments pass the script's own parser (one interpreter for all,
     * so a typo cannot silently leave a row out), and the cases whose compared field is not
     * "value" give it as a positive number (the value cases are covered above).
     */
    @Test
    void everyGuidesPythonCaseParsesAndGivesItsComparedField() throws Exception {
        assumeTrue(works("python3", "--version"), "no python3");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "cross-cpu needs 2 CPUs");
        String check = "import importlib.util as u, json, sys\n"
                + "s = u.spec_from_file_location('guides', sys.argv[1]); m = u.module_from_spec(s); s.loader.exec_module(m)\n"
                + "for a in json.loads(sys.argv[2]): m.parse(a)\n"
                + "print(len(json.loads(sys.argv[2])))\n";
        List<List<String>> all = Guides.ALL.stream().map(g -> g.python().args()).toList();
        Ran parsed = run(List.of("python3", "-c", check, DIR.resolve("python-guides.py").toString(), JSON.writeValueAsString(all)));
        assertEquals(0, parsed.exit, parsed.err);
        assertEquals(Integer.toString(Guides.ALL.size()), parsed.out.strip());
        for (Guide g : Guides.ALL.stream().filter(g -> !g.pythonField().equals("value")).toList()) {
            List<String> args = new ArrayList<>(g.python().args());
            args.addAll(List.of("--ms", "30"));
            Ran r = python(args.toArray(String[]::new));
            assertEquals(0, r.exit, g.id() + " " + args + ": " + r.err);
            JsonNode v = JSON.readTree(r.out).get(g.pythonField());
            assertTrue(v != null && v.isNumber() && v.asDouble() > 0, g.id() + ": no positive '" + g.pythonField() + "' in " + r.out);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private record Ran(int exit, String out, String err, long pid) {
    }

    private static JsonNode cCase(String program, String... args) throws Exception {
        assumeTrue(haveCc, "no C compiler (cc)");
        List<String> cmd = new ArrayList<>(List.of(bin.resolve(program).toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--ms", "30"));
        Ran r = run(cmd);
        assertEquals(0, r.exit, r.err);
        assertEquals(1, r.out.strip().lines().count(), "one JSON line: " + r.out);
        return JSON.readTree(r.out);
    }

    private static void assertCase(JsonNode j, String program, String unit, String caseKey, String caseValue) {
        assertEquals(program, j.get("program").asText(), j.toString());
        assertEquals(caseValue, j.at("/case/" + caseKey).asText(), j.toString());
        assertEquals(unit, j.get("unit").asText(), j.toString());
        assertTrue(j.hasNonNull("statistic") && j.get("value").asDouble() > 0 && j.get("samples").asLong() > 0, j.toString());
        assertTrue(j.get("ms").asInt() >= 25, "measured about --ms 30: " + j);
    }

    private static void assertBadArgument(Ran r, String option) {
        assertEquals(2, r.exit, r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
        assertTrue(r.err.contains(option), "names " + option + ": " + r.err);
        assertEquals("", r.out);
    }

    private static Ran python(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", DIR.resolve("python-guides.py").toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs cmd with its output in files (a hung program cannot block the reader), 30 s at most. */
    private static Ran run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(bin, "stdout", ".txt");
        Path err = Files.createTempFile(bin, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(cmd + ": still running after 30 s");
        }
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err), p.pid());
    }

    private static boolean works(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path referenceDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path ref = d.resolve("scripts/reference");
            if (Files.isRegularFile(ref.resolve("ref-common.h"))) {
                return ref;
            }
        }
        throw new IllegalStateException("scripts/reference not found above " + Path.of("").toAbsolutePath());
    }
}
