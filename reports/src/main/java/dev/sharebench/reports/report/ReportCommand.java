package dev.sharebench.reports.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reports report <results-dir>}: statistics, charts and documents for one run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write index.html, summary.md, results.csv and charts for a results directory.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results/<run-id>/ directory.")
    Path resultsDir;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("report: not implemented yet");
    }
}
