package dev.sharebench.core.nativeos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Linux {@code /proc/self/fd}: which descriptor number this process holds open on a path. */
public final class FileDescriptors {

    private FileDescriptors() {
    }

    /**
     * The first fd open on {@code path} (Java does not expose a stream's fd; fcntl needs it), also
     * after the path was unlinked (the kernel then shows it as {@code "<path> (deleted)"}).
     *
     * @throws IllegalStateException if this process has no fd open on it
     */
    public static int fdOf(Path path) {
        Path real = path.toAbsolutePath().normalize();
        Path deleted = Path.of(real + " (deleted)");
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.equals(real) || target.equals(deleted)) {
                        return Integer.parseInt(fd.getFileName().toString());
                    }
                } catch (IOException vanished) {
                    // NOTE: the directory stream's own fd is closed by the time we read it: skip it.
                    continue;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc/self/fd", e);
        }
        throw new IllegalStateException("no open file descriptor on " + real + " in /proc/self/fd");
    }
}
