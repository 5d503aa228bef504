package dev.sharebench.reports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temp directories named {@code sharebench-*}, deleted after use. */
final class TempDirs {

    private TempDirs() {
    }

    static Path create(String name) throws IOException {
        return Files.createTempDirectory("sharebench-" + name + "-");
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void copyFixture(String name, Path target) throws IOException {
        try (var in = TempDirs.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test fixture missing: " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
    }
}
