package dev.sharebench.reports.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* All outputs or none: a failure while writing or while moving into place leaves the folder as it was. */
class AtomicOutputsTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void replacesEveryOutputAndLeavesOtherEntriesAlone() throws IOException {
        previousOutputs();
        AtomicOutputs.write(dir, "test", out -> {
            Files.writeString(out.resolve("a.md"), "new a");
            Files.createDirectories(out.resolve("charts"));
            Files.writeString(out.resolve("charts/new.svg"), "new chart");
        });
        assertEquals("new a", Files.readString(dir.resolve("a.md")));
        assertEquals("old b", Files.readString(dir.resolve("b.md")), "an entry the command does not write stays");
        assertEquals(List.of("new.svg"), TempDirs.names(dir.resolve("charts")), "the charts folder is replaced as a whole");
        assertEquals(List.of("a.md", "b.md", "charts", "input.json"), TempDirs.names(dir), "no staging folder left");
    }

    @Test
    void aFailureWhileWritingChangesNothing() throws IOException {
        previousOutputs();
        IOException e = assertThrows(IOException.class, () -> AtomicOutputs.write(dir, "test", out -> {
            Files.writeString(out.resolve("a.md"), "new a");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertPrevious();
    }

    @Test
    void anEntryThatCannotBeReplacedChangesNothing() throws IOException {
        previousOutputs();
        Files.delete(dir.resolve("b.md"));
        Files.createDirectories(dir.resolve("b.md"));
        Files.writeString(dir.resolve("b.md/user-file"), "kept");
        IOException e = assertThrows(IOException.class, () -> AtomicOutputs.write(dir, "test", out -> {
            Files.writeString(out.resolve("a.md"), "new a");
            Files.writeString(out.resolve("b.md"), "new b");
        }));
        assertTrue(e.getMessage().startsWith(dir.resolve("b.md") + ": cannot replace it: it is a folder"), e.getMessage());
        assertEquals("old a", Files.readString(dir.resolve("a.md")));
        assertEquals("kept", Files.readString(dir.resolve("b.md/user-file")));
        assertEquals(List.of("a.md", "b.md", "charts", "input.json"), TempDirs.names(dir), "no staging folder left");
    }

    private void previousOutputs() throws IOException {
        Files.writeString(dir.resolve("a.md"), "old a");
        Files.writeString(dir.resolve("b.md"), "old b");
        Files.writeString(dir.resolve("input.json"), "[]");
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/old.svg"), "old chart");
    }

    private void assertPrevious() throws IOException {
        assertEquals("old a", Files.readString(dir.resolve("a.md")));
        assertEquals("old b", Files.readString(dir.resolve("b.md")));
        assertEquals(List.of("old.svg"), TempDirs.names(dir.resolve("charts")));
        assertEquals(List.of("a.md", "b.md", "charts", "input.json"), TempDirs.names(dir), "no staging folder left");
    }

}
