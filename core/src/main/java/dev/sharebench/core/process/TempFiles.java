package dev.sharebench.core.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temp paths of the suite: always named {@code sharebench-<what>-p<pid>-...}, directories 0700.
 * The owner's pid in the name lets the scripts' safety sweep remove what a killed JVM left behind
 * without touching the files of another run that is still alive.
 */
public final class TempFiles {

    public static final String PREFIX = "sharebench-";

    private TempFiles() {
    }

    /** The name prefix of every temp path this process creates: {@code sharebench-<what>-p<pid>-}. */
    public static String prefix(String what) {
        return PREFIX + what + "-p" + ProcessHandle.current().pid() + "-";
    }

    /** A fresh 0700 directory {@code <tmp>/sharebench-<what>-p<pid>-NNN}. */
    public static Path createPrivateDir(String what) {
        try {
            return Files.createTempDirectory(prefix(what),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private temp dir for " + what, e);
        }
    }

    /** /dev/shm when it exists and is writable (RAM, no disk write-back), else java.io.tmpdir. */
    public static Path sharedMemoryDir() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Delete a file or directory tree; a path already gone is fine (both sides may clean up). */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + " for deletion", e);
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + p, e);
            }
        }
    }
}
