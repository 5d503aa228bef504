package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.JmhFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * What `reports gate` prints on the console besides the verdicts: benchmarks present on one side
 * only, and the profiles gate.sh --allow-missing let through (one note per non-blank line of
 * --missing-note, in gate.md); an unreadable note file is bad input naming the option.
 */
class GateConsoleTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private Path side(String name, String... benchmarks) throws Exception {
        String[] entries = new String[benchmarks.length];
        for (int i = 0; i < benchmarks.length; i++) {
            entries[i] = JmhFixtures.entry(benchmarks[i], "avgt", "ns/op", "", JmhFixtures.lognormalForks(i + name.length(), 10, 5, 100, 0.02, 0.01));
        }
        return JmhFixtures.write(dir, name, entries);
    }

    @Test
    void oneSidedBenchmarksAndMissingProfilesAreListed() throws Exception {
        Path b = side("b.json", "org.example.A.run", "org.example.Gone.run");
        Path c = side("c.json", "org.example.A.run", "org.example.New.run");
        Path note = Files.writeString(dir.resolve("missing.txt"), "profiles/x.args: NoSuchBench\n\n  \nprofiles/y.args: Other\n");
        Path out = dir.resolve("out");
        CommandRunner r = CommandRunner.run("gate", "--baseline", b.toString(), "--candidate", c.toString(), "--out", out.toString(),
                "--missing-note", note.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("baseline only     org.example.Gone.run [avgt]\n"), r.out());
        assertTrue(r.out().contains("candidate only    org.example.New.run [avgt]\n"), r.out());
        assertTrue(r.out().endsWith("gate: PASS (" + out.resolve("gate.md") + ")\n"), r.out());
        String md = Files.readString(out.resolve("gate.md"));
        assertTrue(md.contains("- profile matched no benchmark (allowed by --allow-missing): profiles/x.args: NoSuchBench\n"
                + "- profile matched no benchmark (allowed by --allow-missing): profiles/y.args: Other\n"), md);
        assertFalse(md.contains("--allow-missing):  "), "blank lines are not notes: " + md);

        CommandRunner missing = CommandRunner.run("gate", "--baseline", b.toString(), "--candidate", c.toString(), "--out", out.toString(),
                "--missing-note", dir.resolve("no-such.txt").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exit());
        assertTrue(missing.err().startsWith("error: --missing-note " + dir.resolve("no-such.txt") + ": cannot read"), missing.err());
    }
}
