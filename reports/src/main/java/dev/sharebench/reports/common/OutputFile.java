package dev.sharebench.reports.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output file option before any work is done: a file that cannot be written is bad input. */
public final class OutputFile {

    private OutputFile() {
    }

    /** Throws when {@code file} is a folder, or its folder does not exist or cannot be written. */
    public static void checkWritable(Path file, String option) throws BadInputException {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, option + " is a folder; give a file name");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(file, option + ": the folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new BadInputException(file, option + ": the folder " + parent + " cannot be written");
        }
    }
}
