package dev.sharebench.reports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes results/<run-id>/ directories (manifest.json and jmh/*.json) for the history's tests. */
public final class HistoryFixtures {

    public static final String BENCH = "org.example.FooBench.run";

    private HistoryFixtures() {
    }

    /** A manifest for a run of {@code commit} started at {@code start}, on a machine with {@code cpu} and {@code kernel}. */
    public static void manifest(Path dir, String runId, String commit, Instant start, String cpu, String kernel, String hostname) throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        Files.writeString(dir.resolve("manifest.json"), """
                {"runId":"%s","profile":"quick","gitCommit":"%s","start":"%s",
                 "jdk":{"vendor":"Eclipse Adoptium","version":"25.0.3+9-LTS"},
                 "machine":{"cpuModel":"%s","cores":2,"memoryBytes":25275990016,"os":"Linux amd64","kernel":"%s","hypervisor":"yes","hostname":"%s"}}
                """.formatted(runId, commit, start, cpu, kernel, hostname));
    }

    /** One run of {@link #BENCH} (avgt, ns/op) whose forks hold {@code forks} (per fork, its iterations). */
    public static Path run(Path root, int index, String commit, String cpu, double[][] forks) throws IOException {
        Path dir = root.resolve(String.format("run-%03d-%s", index, cpu.replaceAll("\\W", "")));
        manifest(dir, dir.getFileName().toString(), commit, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index),
                cpu, "6.18." + index, "runner-" + index);
        JmhFixtures.write(dir.resolve("jmh"), "FooBench.json", JmhFixtures.entry(BENCH, "avgt", "ns/op", "\"size\":\"8\"", forks));
        return dir;
    }

    /** A fork set at {@code level}: {@code forks} forks of 3 iterations, 1% seeded noise. */
    public static double[][] forks(long seed, int forks, double level) {
        return JmhFixtures.lognormalForks(seed, forks, 3, level, 0.01, 0.003);
    }

}
