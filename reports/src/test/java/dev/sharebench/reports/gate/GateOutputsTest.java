package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.JmhFixtures;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* The gate's five documents are written all together or not at all; a write failure is bad input (2), never a "regression" (1). */
class GateOutputsTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void anOutputThatCannotBeWrittenKeepsThePreviousResultAndExitsTwo() throws IOException {
        Path b = side("b.json", 100, 1);
        Path c = side("c.json", 130, 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("gate.md"), "previous gate.md");
        Files.writeString(out.resolve("gate.json"), "{\"previous\":true}");
        Files.createDirectories(out.resolve("gate-junit.xml")); // cannot be written: a folder holds its place
        List<String> before = TempDirs.names(out);

        CommandRunner r = CommandRunner.run("gate", "--baseline", b.toString(), "--candidate", c.toString(), "--out", out.toString());

        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains("gate-junit.xml"), r.err());
        assertEquals("previous gate.md", Files.readString(out.resolve("gate.md")));
        assertEquals("{\"previous\":true}", Files.readString(out.resolve("gate.json")));
        assertEquals(before, TempDirs.names(out), "no new forest plot, no staging folder left");
    }

    private Path side(String name, double center, long seed) throws IOException {
        return JmhFixtures.write(dir, name, JmhFixtures.entry("org.example.FooBench.run", "avgt", "ns/op", "\"mechanism\":\"pipe\"",
                JmhFixtures.lognormalForks(seed, 10, 5, center, 0.02, 0.01)));
    }

}
