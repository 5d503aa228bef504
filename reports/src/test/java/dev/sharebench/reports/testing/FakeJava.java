package dev.sharebench.reports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/*
 * A stand-in for the "java" binary that gate-ab starts: a shell script that appends every command
 * line it gets to calls.log, then runs the body the test gives it ($* and $@ are the arguments).
 * Lets a test see exactly which JVMs the gate would have started without starting one.
 */
public record FakeJava(Path binary, Path calls) {

    public static FakeJava write(Path dir, String body) throws IOException {
        Path calls = dir.resolve("calls.log");
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n" + body);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return new FakeJava(java, calls);
    }

    /** Every command line so far, oldest first (none yet: empty). */
    public List<String> logged() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
