package dev.sharebench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Run profiles: every in-process benchmark has one single-line args file per profile, benchmark
 * regex first (matching that class and no other), smoke with one fork and at most one warm-up
 * iteration, full with at least five forks.
 */
class ProfilesTest {

    private static final Path PROFILES = Path.of("profiles");
    private static final List<String> BENCHES = List.of(
            "dev.sharebench.jmh.lock.CounterBench", "dev.sharebench.jmh.queue.HandoffBench",
            "dev.sharebench.jmh.queue.HandoffLatencyBench", "dev.sharebench.jmh.threadlocal.ScratchBench",
            "dev.sharebench.jmh.offheap.BulkArrayBench", "dev.sharebench.jmh.floor.FloorBench");

    @Test
    void everyBenchHasThreeWellFormedProfiles() throws IOException {
        for (String fqcn : BENCHES) {
            String simple = fqcn.substring(fqcn.lastIndexOf('.') + 1);
            for (String profile : List.of("smoke", "quick", "full")) {
                Path file = PROFILES.resolve(profile).resolve(simple + ".args");
                assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
                List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
                assertEquals(1, lines.size(), file + " must be one line");
                String[] args = lines.get(0).trim().split("\\s+");
                assertEquals(fqcn, args[0], file + ": the benchmark regex comes first");
                BENCHES.stream().filter(other -> !other.equals(fqcn))
                        .forEach(other -> assertTrue(!java.util.regex.Pattern.compile(args[0]).matcher(other).find(),
                                file + ": regex also matches " + other));
                int forks = Integer.parseInt(option(args, "-f", file));
                switch (profile) {
                    case "smoke" -> {
                        assertEquals(1, forks, file + ": smoke runs one fork");
                        assertTrue(Integer.parseInt(option(args, "-wi", file)) <= 1, file + ": smoke warms up at most once");
                        assertEquals("1", option(args, "-i", file), file + ": smoke measures once");
                    }
                    case "full" -> assertTrue(forks >= 5, file + ": full needs >= 5 forks");
                    default -> assertEquals(1, forks, file + ": quick runs one fork");
                }
            }
        }
    }

    private static String option(String[] args, String name, Path file) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new AssertionError(file + " has no " + name);
    }
}
