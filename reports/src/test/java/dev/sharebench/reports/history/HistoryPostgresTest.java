package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import dev.sharebench.reports.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The same history against a real PostgreSQL 14 server that this test starts (TestPostgres: binaries
 * from a Maven Central jar, no network), as a fleet would use it: Flyway creates the schema on first
 * use (version 1 recorded in flyway_schema_history), and a second runner opening the database
 * migrates nothing and sees the first one's runs.
 */
class HistoryPostgresTest {

    private static TestPostgres pg;

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("java.awt.headless", "true");
        pg = TestPostgres.start();
    }

    @AfterAll
    static void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void addAndShowOnPostgres() throws Exception {
        HistoryFlow.check(dir, pg.url());
        try (Connection c = DriverManager.getConnection(pg.url());
             ResultSet rs = c.createStatement().executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
        }
        CommandRunner second = CommandRunner.run("history", "show", "--db", pg.url(), "--out", dir.resolve("again").toString(),
                "--benchmark", "FooBench");
        assertEquals(ExitCode.OK, second.exit(), second.err());
        assertTrue(second.out().contains("2 series, 1 change point:"), second.out());
    }
}
