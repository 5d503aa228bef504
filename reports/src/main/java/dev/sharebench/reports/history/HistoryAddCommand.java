package dev.sharebench.reports.history;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.historydb.HistoryException;
import dev.sharebench.reports.historydb.HistoryStore;
import dev.sharebench.reports.historydb.RunReader;
import dev.sharebench.reports.historydb.StoredRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reports history add RESULTS_DIR... [--db URL]}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Store runs (results/<run-id>/: manifest.json and jmh/*.json) in the history: per benchmark, one summary per fork",
            "(the median of its iterations), with the run's commit, start, profile, JDK and machine fingerprint. A run already stored is skipped."})
public final class HistoryAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS_DIR", description = "results/<run-id>/ directories.")
    List<Path> runs;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = HistoryCommand.DEFAULT_DB,
            description = "The history (default: ${DEFAULT-VALUE}).")
    String db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<StoredRun> read = new ArrayList<>();
            for (Path dir : runs) {
                read.add(RunReader.read(dir));
            }
            try (HistoryStore store = HistoryStore.open(db)) {
                for (StoredRun r : read) {
                    boolean added = store.add(r);
                    out.printf("%s %s (commit %s, machine %s, %s)%n", added ? "added  " : "skipped", r.runId(),
                            TrendPage.shortCommit(r.commit()), r.machine().id(), Format.count(r.benchmarks().size(), "benchmark"));
                }
                out.printf("history: %s%n", Format.count(store.runCount(), "run"));
            }
            return ExitCode.OK;
        } catch (BadInputException | HistoryException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
