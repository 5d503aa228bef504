package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharebench.core.process.JvmFlags;
import dev.sharebench.core.workload.Mechanisms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreMainTest {

    @TempDir
    Path tmp;

    @Test
    void manifestRecordsMachineJdkAndRunThenFinishes() throws Exception {
        Path out = tmp.resolve("m/manifest.json");
        int rc = CoreMain.commandLine().execute("manifest", "--out", out.toString(), "--run-id", "r1",
                "--profile", "quick", "--git-commit", "abc123", "--command", "./scripts/run-all.sh");
        assertEquals(0, rc);
        JsonNode m = new ObjectMapper().readTree(out.toFile());
        assertEquals("r1", m.get("runId").asText());
        assertEquals("quick", m.get("profile").asText());
        assertEquals("abc123", m.get("gitCommit").asText());
        assertEquals(Runtime.getRuntime().availableProcessors(), m.at("/machine/cores").asInt());
        assertTrue(m.at("/jdk/version").asText().startsWith(String.valueOf(Runtime.version().feature())));
        assertTrue(m.has("start") && !m.has("end"));

        assertEquals(0, CoreMain.commandLine().execute("manifest", "--finish", "--out", out.toString(), "--status", "failed"));
        JsonNode done = new ObjectMapper().readTree(out.toFile());
        assertEquals("failed", done.get("status").asText());
        assertTrue(done.has("end"));
    }

    @Test
    void finishingAMissingManifestIsAUsageErrorNamingTheFile() {
        StringWriter err = new StringWriter();
        var cl = CoreMain.commandLine();
        cl.setErr(new PrintWriter(err));
        Path missing = tmp.resolve("absent.json");
        assertEquals(CoreMain.EXIT_USAGE, cl.execute("manifest", "--finish", "--out", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }

    @Test
    void mechanismsJsonListsEveryAlias() throws Exception {
        Path out = tmp.resolve("mechanisms.json");
        assertEquals(0, CoreMain.commandLine().execute("mechanisms", "--json", out.toString()));
        JsonNode rows = new ObjectMapper().readTree(Files.readString(out));
        assertEquals(Mechanisms.all().size(), rows.size());
        assertEquals("synchronized", rows.get(0).get("alias").asText());
    }

    @Test
    void unknownOptionIsAUsageError() {
        var cl = CoreMain.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(CoreMain.EXIT_USAGE, cl.execute("manifest", "--bogus"));
    }

    @Test
    void jvmFlagsPrintsTheSuitesFlagsOnOneLine() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, CoreMain.commandLine().execute("jvm-flags"));
        } finally {
            System.setOut(before);
        }
        assertEquals(JvmFlags.line() + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }
}
