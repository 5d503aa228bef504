package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.FakeJava;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A/B mode checks, before measuring anything, that it will be able to judge: the sets' benchmark
 * points are counted from the jars' own -lp listings, and a run that could not FAIL a lone
 * regression (13 points at 5 forks a side: 13/252 >= 0.05) or could not judge at all (2 forks) is
 * NO VERDICT (nothing measured), exit 2, with the exact command to run instead. The "java" here is a script that
 * answers -lp like JMH and logs every call, so the test also sees that no fork ran.
 */
class GateAbFeasibilityTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    private FakeJava java;
    private Path sets;
    private Path jar;

    @BeforeEach
    void fakeJava() throws Exception {
        java = FakeJava.write(dir, """
                case "$*" in
                  *" -lp "*) printf 'Benchmarks: \\norg.example.FooBench.run\\n  param "mechanism" = {}\\n  param "size" = {1, 2}\\n' ;;
                  *) echo "fake java: no benchmark runs here" >&2; exit 9 ;;
                esac
                """);
        String mechanisms = IntStream.range(0, 13).mapToObj(i -> "m" + i).collect(Collectors.joining(","));
        sets = Files.writeString(dir.resolve("sets.tsv"), "Foo\tFooBench.run -p mechanism=" + mechanisms + " -p size=1\n");
        jar = Files.writeString(dir.resolve("benchmarks.jar"), "not a jar: the fake java never opens it");
    }

    private CommandRunner gateAb(int forks, String out) {
        return CommandRunner.run("gate-ab", "--baseline-jar", jar.toString(), "--candidate-jar", jar.toString(), "--sets", sets.toString(),
                "--java", java.binary().toString(), "--forks", Integer.toString(forks), "--out", dir.resolve(out).toString(),
                "--invocation", "./scripts/gate.sh --baseline-jar a.jar --candidate-jar b.jar --forks " + forks);
    }

    @Test
    void thirteenPointsAtFiveForksAreRefusedBeforeMeasuringNamingTheForksNeeded() throws Exception {
        CommandRunner r = gateAb(5, "blind");
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("error: NO VERDICT: a FAIL would be out of reach (nothing measured)") && r.err().contains("13/252"), r.err());
        assertTrue(r.err().contains("`./scripts/gate.sh --baseline-jar a.jar --candidate-jar b.jar --forks 6`"), r.err());
        String md = Files.readString(dir.resolve("blind/gate.md"));
        assertTrue(md.startsWith("## Performance gate: NO VERDICT: a FAIL would be out of reach (nothing measured)"), md);
        assertTrue(Files.readString(dir.resolve("blind/gate.json")).contains("\"verdict\" : \"NO VERDICT: a FAIL would be out of reach (nothing measured)\""));
        assertTrue(Files.readString(dir.resolve("blind/gate-junit.xml")).contains("<error message=\"NO VERDICT: a FAIL would be out of reach (nothing measured)"));
        List<String> logged = java.logged();
        assertEquals(2, logged.size(), "one -lp per jar, no fork: " + logged);
        assertTrue(logged.stream().allMatch(l -> l.contains(" -lp ")), logged.toString());
    }

    @Test
    void twoForksAreRefusedAsInsufficientData() throws Exception {
        CommandRunner r = gateAb(2, "few");
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("few/gate.md")).startsWith("## Performance gate: NO VERDICT: insufficient data (nothing measured)"));
        assertTrue(r.err().contains("--forks 6`"), r.err());
    }
}
