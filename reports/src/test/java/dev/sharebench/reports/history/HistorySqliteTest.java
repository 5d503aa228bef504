package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* The history with its embedded default, a SQLite file; and its bad-input messages. */
class HistorySqliteTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void addAndShowOnSqlite() throws Exception {
        Path file = dir.resolve("results/history.db");
        HistoryFlow.check(dir, "jdbc:sqlite:" + file);
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void badInputIsNamed() throws Exception {
        CommandRunner r = CommandRunner.run("history", "add", "--db", "jdbc:sqlite:" + dir.resolve("h.db"), dir.resolve("nope").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("nope") && r.err().contains("not a directory"), r.err());

        Files.createDirectories(dir.resolve("run/jmh"));
        r = CommandRunner.run("history", "add", "--db", "jdbc:sqlite:" + dir.resolve("h.db"), dir.resolve("run").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("manifest.json") && r.err().contains("missing"), r.err());

        r = CommandRunner.run("history", "show", "--db", "jdbc:mysql://x/y", "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a jdbc:sqlite: or jdbc:postgresql: URL"), r.err());
    }
}
