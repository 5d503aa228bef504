package dev.sharebench.reports.doc;

import dev.sharebench.reports.jmh.SamplePercentiles;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.stats.Estimate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code results.csv}: one line per benchmark, parameter set and metric (primary, then secondary),
 * RFC 4180 quoting, numbers with a dot and full precision, empty cells for "not applicable".
 * The fixed @Param vocabulary gets its own columns; any other parameter lands in {@code otherParams}.
 */
public final class CsvWriter {

    public static final List<String> PARAM_COLUMNS = List.of("mechanism", "threads", "payloadBytes", "capacity", "batch",
            "waitStrategy", "holdTokens", "placement", "codec", "transport");

    private CsvWriter() {
    }

    public static void write(Path file, ReportContent content) throws IOException {
        String runId = content.runId();
        List<String> header = new ArrayList<>(List.of("runId", "workload", "benchmark", "mode"));
        header.addAll(PARAM_COLUMNS);
        header.addAll(List.of("otherParams", "metric", "unit", "median", "ciLow", "ciHigh", "forks", "iterations", "ciNote",
                "rank", "ratioVsFastest", "ratioVsFastestLow", "ratioVsFastestHigh", "baseline", "speedupVsBaseline",
                "speedupVsBaselineLow", "speedupVsBaselineHigh"));
        for (String l : SamplePercentiles.LABELS) {
            header.add(l);
        }
        header.addAll(List.of("jmhScore", "jmhScoreError"));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(w, header);
            for (List<RankedComparison> cs : content.workloads().values()) {
                for (RankedComparison c : cs) {
                    for (RankedComparison.Row r : c.rows()) {
                        List<String> cells = prefix(runId, c, r);
                        cells.addAll(List.of("primary", c.unit()));
                        cells.addAll(estimate(r.median()));
                        cells.add(Integer.toString(r.iterations()));
                        cells.add(r.median().note());
                        cells.add(r.rank());
                        cells.addAll(ratio(r.vsFastest()));
                        cells.add(c.baseline());
                        cells.addAll(ratio(r.vsBaseline()));
                        for (String l : SamplePercentiles.LABELS) {
                            Double v = r.percentiles().get(l);
                            cells.add(v == null ? "" : num(v));
                        }
                        cells.add(num(r.run().primary().score()));
                        cells.add(num(r.run().primary().scoreError()));
                        line(w, cells);
                        for (var s : r.secondary().entrySet()) {
                            List<String> sc = prefix(runId, c, r);
                            sc.addAll(List.of("secondary:" + s.getKey(), s.getValue().unit()));
                            sc.addAll(estimate(s.getValue().median()));
                            sc.add("");
                            sc.add(s.getValue().median().note());
                            while (sc.size() < header.size() - 2) {
                                sc.add("");
                            }
                            var m = r.run().secondary().get(s.getKey());
                            sc.add(num(m.score()));
                            sc.add(num(m.scoreError()));
                            line(w, sc);
                        }
                    }
                }
            }
        }
    }

    private static List<String> prefix(String runId, RankedComparison c, RankedComparison.Row r) {
        List<String> cells = new ArrayList<>(List.of(runId, c.workload(), r.run().benchmark(), c.mode()));
        for (String p : PARAM_COLUMNS) {
            cells.add(r.run().params().getOrDefault(p, ""));
        }
        cells.add(r.run().params().entrySet().stream().filter(e -> !PARAM_COLUMNS.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
        return cells;
    }

    /** median, low, high, forks */
    private static List<String> estimate(Estimate e) {
        return new ArrayList<>(List.of(num(e.value()), e.hasInterval() ? num(e.lower()) : "", e.hasInterval() ? num(e.upper()) : "",
                Integer.toString(e.forks())));
    }

    private static List<String> ratio(Estimate e) {
        return List.of(num(e.value()), e.hasInterval() ? num(e.lower()) : "", e.hasInterval() ? num(e.upper()) : "");
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+INF" : "-INF";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static void line(Writer w, List<String> cells) throws IOException {
        w.write(cells.stream().map(CsvWriter::quote).collect(Collectors.joining(",")));
        w.write("\r\n");
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
