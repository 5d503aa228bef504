package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProofsCommandTest {

    @TempDir
    Path out;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = CoreMain.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void runsTheChosenProofsAndExitsZeroWhenEveryFixHeld() throws Exception {
        Run r = run("proofs", "--out", out.toString(), "--profile", "sanity", "--only", "P10");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("P10-broken.json")).contains("\"verdict\" : \"reproduced\""));
        assertTrue(Files.readString(out.resolve("P10-fixed.json")).contains("\"verdict\" : \"fix held\""));
    }

    @Test
    void badUsageExitsTwoAndNamesTheArgument() {
        Run badProfile = run("proofs", "--out", out.toString(), "--profile", "fast");
        assertEquals(2, badProfile.exit());
        assertTrue(badProfile.err().contains("--profile: unknown mode 'fast'"), badProfile.err());

        Run badId = run("proofs", "--out", out.toString(), "--only", "P42");
        assertEquals(2, badId.exit());
        assertTrue(badId.err().contains("--only: unknown proof id 'P42'"), badId.err());

        Run jcstressId = run("proofs", "--out", out.toString(), "--only", "P04");
        assertEquals(2, jcstressId.exit());
        assertTrue(jcstressId.err().contains("jcstress"), jcstressId.err());

        Run noOut = run("proofs");
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }
}
