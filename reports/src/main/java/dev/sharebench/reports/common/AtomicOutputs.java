package dev.sharebench.reports.common;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a command's outputs in a folder as a whole, or not at all: after the command ends, a
 * report or a gate result is never half new, half old. (While the entries are being moved, a reader
 * of the folder can see some new beside some old ones for a few milliseconds; the moves are renames.)
 *
 * <p>The outputs are first written into a fresh staging folder inside the target folder
 * ({@code sharebench-<what>-p<pid>-...}, on the same file system, so that moving is a rename). Only
 * when every output was written are they moved into place, one entry at a time, each previous entry
 * parked in a second such folder; if a move fails, the moves made so far are undone and the parked
 * entries return. Both folders are removed, except when an undo itself failed: then the parked
 * folder, which holds the previous outputs, is kept and the error names it. Entries of the target folder that the
 * command does not write (inputs, logs) are never touched.
 */
public final class AtomicOutputs {

    /** Writes every output of one command into the staging folder it is given. */
    @FunctionalInterface
    public interface Outputs<E extends Exception> {
        void writeInto(Path staging) throws E, IOException;
    }

    private AtomicOutputs() {
    }

    /**
     * Writes {@code outputs} into {@code folder} (created if needed) all at once. An IOException names
     * the entry that could not be written or replaced; the folder is then as it was before.
     */
    public static <E extends Exception> void write(Path folder, String what, Outputs<E> outputs) throws E, IOException {
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, prefix(what));
        try {
            outputs.writeInto(staging);
            moveIntoPlace(staging, folder, what);
        } finally {
            deleteTree(staging);
        }
    }

    private static String prefix(String what) {
        return "sharebench-" + what + "-p" + ProcessHandle.current().pid() + "-";
    }

    private static void moveIntoPlace(Path staging, Path folder, String what) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(staging)) {
            entries = s.map(Path::getFileName).sorted().toList();
        }
        /* A file where a folder goes (or the reverse) is not ours to delete: refuse before moving anything. */
        for (Path name : entries) {
            Path target = folder.resolve(name);
            if (Files.exists(target) && Files.isDirectory(target) != Files.isDirectory(staging.resolve(name))) {
                throw new IOException(target + ": cannot replace it: it is a " + (Files.isDirectory(target) ? "folder" : "file")
                        + " where this command writes a " + (Files.isDirectory(target) ? "file" : "folder"));
            }
        }
        Path parked = Files.createTempDirectory(folder, prefix(what + "-old"));
        Deque<Path> moved = new ArrayDeque<>();
        try {
            for (Path name : entries) {
                Path target = folder.resolve(name);
                if (Files.exists(target)) {
                    Files.move(target, parked.resolve(name));
                }
                moved.push(name);
                Files.move(staging.resolve(name), target);
            }
        } catch (IOException e) {
            if (!undo(moved, staging, parked, folder, e)) {
                throw new IOException(e.getMessage() + "; restoring the previous outputs failed too: they are kept in " + parked, e);
            }
            deleteTree(parked);
            throw e;
        }
        deleteTree(parked);
    }

    /* Newest move first: take the new entry out again and bring the parked one back; false if any step failed. */
    private static boolean undo(Deque<Path> moved, Path staging, Path parked, Path folder, IOException cause) {
        boolean clean = true;
        for (Path name : moved) {
            try {
                Path target = folder.resolve(name);
                if (Files.exists(target) && !Files.exists(staging.resolve(name))) {
                    Files.move(target, staging.resolve(name));
                }
                if (Files.exists(parked.resolve(name))) {
                    Files.move(parked.resolve(name), target);
                }
            } catch (IOException again) {
                cause.addSuppressed(again);
                clean = false;
            }
        }
        return clean;
    }

    /** Removes a folder and everything in it; a folder that is already gone is fine. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
