package dev.sharebench.reports.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The interval rule's coverage as measured on this project's recorded forks, which the documents
 * quote next to their intervals. Written by {@code reports interval-coverage} into
 * {@code interval-coverage.tsv} beside this class (docs/statistics.md says how); a test recomputes
 * it from the recorded forks, so it cannot drift from the rule or the data.
 */
public final class MeasuredCoverage {

    /** One fork count: mean and lowest coverage over the recorded benchmarks, as "84.4%". */
    public record Row(int forks, String valueMean, String valueLowest, String ratioMean, String ratioLowest, int benchmarks) {
    }

    private MeasuredCoverage() {
    }

    public static List<Row> rows() {
        try (InputStream in = MeasuredCoverage.class.getResourceAsStream("interval-coverage.tsv")) {
            if (in == null) {
                throw new IllegalStateException("interval-coverage.tsv is missing from the reports jar");
            }
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], Integer.parseInt(f[5])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence the documents print, e.g. "... ratios 97.9% at 3 forks ...". */
    public static String sentence() {
        List<Row> rows = rows();
        StringBuilder ratios = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Row r : rows) {
            String sep = ratios.isEmpty() ? "" : ", ";
            ratios.append(sep).append(r.ratioMean()).append(" at ").append(r.forks()).append(" forks (lowest ").append(r.ratioLowest()).append(')');
            values.append(sep).append(r.valueMean()).append(" at ").append(r.forks()).append(" (lowest ").append(r.valueLowest()).append(')');
        }
        return "Measured coverage of the nominal 95% (simulated on " + rows.get(0).benchmarks()
                + " benchmarks' recorded forks of this machine, docs/statistics.md): intervals of A/A ratios "
                + ratios + "; intervals of a single mechanism's value only " + values
                + ", because forks here are bimodal and quantized: read a value's interval as narrower than it is.";
    }
}
