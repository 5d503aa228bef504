package dev.sharebench.reports.history;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.historydb.Fingerprint;
import dev.sharebench.reports.historydb.HistoryException;
import dev.sharebench.reports.historydb.HistoryStore;
import dev.sharebench.reports.historydb.StoredRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reports history scale-test}: how the history copes with a fleet's years. Adds N synthetic
 * runs (B benchmarks x F forks each, on M machine fingerprints) one transaction per run, as
 * {@code history add} does, into an EMPTY database, then times reading one benchmark's series and
 * reading every benchmark's series (what {@code show} does).
 */
@Command(name = "scale-test", mixinStandardHelpOptions = true,
        description = {"Time adding N synthetic runs to an empty history and reading them back (the README's scale figures).",
            "Default database: a temp SQLite file, deleted afterwards; a --db that already holds runs is refused."})
public final class ScaleTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "An empty history (default: a temp SQLite file).")
    String db;

    @Option(names = "--runs", defaultValue = "10000", description = "Runs to add (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--benchmarks", defaultValue = "20", description = "Benchmarks per run (default: ${DEFAULT-VALUE}).")
    int benchmarks;

    @Option(names = "--forks", defaultValue = "5", description = "Forks per benchmark (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--machines", defaultValue = "3", description = "Machine fingerprints the runs are spread over (default: ${DEFAULT-VALUE}).")
    int machines;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || benchmarks < 1 || forks < 1 || machines < 1) {
            err.println("error: --runs, --benchmarks, --forks and --machines must be >= 1");
            return ExitCode.BAD_INPUT;
        }
        Path temp = db == null ? Files.createTempDirectory("sharebench-history-p" + ProcessHandle.current().pid() + "-") : null;
        String url = db != null ? db : "jdbc:sqlite:" + temp.resolve("history.db");
        try (HistoryStore store = HistoryStore.open(url)) {
            if (store.runCount() > 0) {
                err.println("error: --db holds " + store.runCount() + " runs already: the scale test needs an empty history");
                return ExitCode.BAD_INPUT;
            }
            SplittableRandom rng = new SplittableRandom(1);
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                store.add(run(i, rng));
            }
            long t1 = System.nanoTime();
            List<HistoryStore.BenchmarkRef> refs = store.benchmarks();
            int one = store.observations(refs.getFirst()).size();
            long t2 = System.nanoTime();
            long all = 0;
            for (HistoryStore.BenchmarkRef b : refs) {
                all += store.observations(b).size();
            }
            long t3 = System.nanoTime();
            out.printf(Locale.ROOT, "%s: added %d runs (%d benchmarks x %d forks, %d fork rows) in %.1f s = %.2f ms per run;"
                            + " one benchmark's series (%d rows) read in %.0f ms; all %d series (%d rows) in %.1f s%n",
                    url.startsWith("jdbc:sqlite:") ? "SQLite" : "PostgreSQL", runs, benchmarks, forks, (long) runs * benchmarks * forks,
                    (t1 - t0) / 1e9, (t1 - t0) / 1e6 / runs, one, (t2 - t1) / 1e6, refs.size(), all, (t3 - t2) / 1e9);
            return ExitCode.OK;
        } catch (HistoryException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } finally {
            if (temp != null) {
                try (var files = Files.list(temp)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(temp);
            }
        }
    }

    private StoredRun run(int i, SplittableRandom rng) {
        int m = i % machines;
        Fingerprint machine = Fingerprint.of("scale-test CPU " + m, "2", 24L << 30, "6.1.0", "KVM", "Temurin 25");
        List<StoredRun.Benchmark> bs = new ArrayList<>(benchmarks);
        for (int b = 0; b < benchmarks; b++) {
            double[] v = new double[forks];
            for (int f = 0; f < forks; f++) {
                v[f] = 100 * (1 + 0.02 * rng.nextDouble());
            }
            bs.add(new StoredRun.Benchmark("dev.example.ScaleBench.method" + b + " [sample] size=" + b, "ns/op", v));
        }
        long start = 1_700_000_000_000L + i * 60_000L;
        return new StoredRun("scale-" + i, String.format(Locale.ROOT, "%040x", i), start, Instant.ofEpochMilli(start).toString(),
                "quick", "Temurin 25", machine, "runner-" + m, bs);
    }
}
