package dev.sharebench.reports.testing;

import dev.sharebench.core.catalog.CatalogJson;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.results.RunCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The suite's real workload catalogue (core's, test scope), as a run writes it into its results directory. */
public final class TestCatalog {

    private TestCatalog() {
    }

    /** Writes {@code workloads.json} into {@code dir}, as run-all.sh does. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CatalogJson.write(dir.resolve("workloads.json"), Profile.QUICK);
    }

    /** The catalogue as the report reads it. */
    public static RunCatalog read() {
        try {
            Path dir = Files.createTempDirectory("sharebench-catalog-p" + ProcessHandle.current().pid() + "-");
            try {
                write(dir);
                return RunCatalog.read(dir.resolve("workloads.json"));
            } finally {
                Files.deleteIfExists(dir.resolve("workloads.json"));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
