package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRunner;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/* P14, P17, P19 in sanity mode with real child JVMs: shared files and orphans; afterwards no proof file is left behind. */
class LifecycleProofsTest {

    @TempDir
    Path out;

    @Test
    void brokenReproducesAndFixedHoldsAndNothingIsLeftBehind() throws Exception {
        List<ProofRecord> records = new ProofRunner(out, Mode.SANITY, new PrintStream(OutputStream.nullOutputStream()))
                .runAll(ProofCases.all().stream().filter(p -> List.of(14, 17, 19).contains(p.info().number())).toList());
        ProofVerdicts.assertBrokenReproducedAndFixedHeld(records, out);
        assertEquals(List.of(), leftovers(Path.of("/dev/shm")));
        assertEquals(List.of(), leftovers(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    private static List<String> leftovers(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sharebench-p14-") || n.startsWith("sharebench-p19-")).toList();
        }
    }
}
