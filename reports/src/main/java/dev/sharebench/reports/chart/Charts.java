package dev.sharebench.reports.chart;

import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.jmh.SamplePercentiles;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.rank.RankedComparison;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Builds the report's figures from comparisons. Legends and row labels are mechanism aliases. */
public final class Charts {

    /** Parameters whose values form a scale worth a line chart. */
    public static final List<String> SCALING_PARAMS = List.of("threads", "payloadBytes", "capacity", "batch", "holdTokens");

    private final ChartFiles files;
    private final OptionalDouble coreToCoreRttNs;
    private final OptionalDouble floorNs;
    private final Optional<String> floorWorkload;
    private final Set<String> roundTripWorkloads;

    /**
     * @param coreToCoreRttNs    the C probe's core-to-core round trip of this run, if measured
     * @param floorNs            the floor workload's best round trip of this run (the JVM floor), if measured
     * @param floorWorkload      the workload that measures the JVM floor (the catalogue's), if any
     * @param roundTripWorkloads workloads whose time per op is a round trip comparable with the floor
     */
    public Charts(ChartFiles files, OptionalDouble coreToCoreRttNs, OptionalDouble floorNs, Optional<String> floorWorkload,
                  Set<String> roundTripWorkloads) {
        this.files = files;
        this.coreToCoreRttNs = coreToCoreRttNs;
        this.floorNs = floorNs;
        this.floorWorkload = floorWorkload;
        this.roundTripWorkloads = Set.copyOf(roundTripWorkloads);
    }

    /**
     * Every figure of a report: per comparison its ranked chart (and latency curve for SampleTime),
     * per workload its scaling and side-by-side charts, and the proof outcomes.
     */
    public Figures all(Map<String, List<RankedComparison>> workloads, List<ProofRecord> proofs, Consumer<String> progress)
            throws IOException {
        Map<String, Figure> byAnchor = new LinkedHashMap<>();
        Map<String, List<Figure>> scaling = new LinkedHashMap<>();
        Map<String, List<Figure>> sideBySide = new LinkedHashMap<>();
        for (var w : workloads.entrySet()) {
            progress.accept("charts: " + w.getKey());
            for (RankedComparison c : w.getValue()) {
                Figure f = ranked(c);
                byAnchor.put(f.anchor(), f);
                if (c.isSample() && c.rows().stream().anyMatch(r -> !r.percentiles().isEmpty())) {
                    Figure l = latency(c);
                    byAnchor.put(l.anchor(), l);
                }
            }
            scaling.put(w.getKey(), scaling(w.getKey(), w.getValue()));
            sideBySide.put(w.getKey(), sideBySide(w.getKey(), w.getValue()));
        }
        Figure proof = proofs.isEmpty() ? null : ProofChart.write(files, proofs);
        return new Figures(byAnchor, scaling, sideBySide, proof);
    }

    /** Mechanisms ranked on a log axis with CI whiskers; the core-to-core reference where it applies. */
    public Figure ranked(RankedComparison c) throws IOException {
        List<String> rows = c.rows().stream().map(RankedComparison.Row::label).toList();
        List<DotWhiskerChart.Point> points = c.rows().stream()
                .map(r -> new DotWhiskerChart.Point(r.label(), "median", r.median().value(), r.median().lower(), r.median().upper()))
                .toList();
        List<DotWhiskerChart.Reference> refs = references(c);
        String anchor = "fig-" + c.anchor();
        JFreeChart chart = DotWhiskerChart.create(c.title(), c.unit() + (c.higherIsBetter() ? ", higher is better" : ", lower is better"),
                rows, List.of("median"), points, refs);
        String caption = "Geometric mean of the fork medians; whisker = its 95% t interval on the logs"
                + " (no whisker: no interval, fewer than 3 forks)." + (refs.isEmpty() ? "" : " Dashed lines: " + REFERENCE_NOTE);
        return files.write(anchor, c.title(), caption, chart, 900, DotWhiskerChart.height(rows.size()));
    }

    private static final String REFERENCE_NOTE = "the core-to-core round trip of this run's C probe (red) and the floor"
            + " workload's best round trip in this run, the JVM floor (grey), where measured.";

    /** Reference lines for round-trip charts in a time unit: nothing can beat them. */
    private List<DotWhiskerChart.Reference> references(RankedComparison c) {
        List<DotWhiskerChart.Reference> refs = new ArrayList<>();
        if (c.higherIsBetter() || !roundTripWorkloads.contains(c.workload()) || !c.unit().endsWith("/op")) {
            return refs;
        }
        double nsPerUnit = Units.toBase(c.unit());
        if (!Double.isFinite(nsPerUnit)) {
            return refs;
        }
        coreToCoreRttNs.ifPresent(ns -> refs.add(new DotWhiskerChart.Reference("core-to-core round trip (C)", ns / nsPerUnit)));
        if (floorWorkload.isPresent() && !c.workload().equals(floorWorkload.get())) {
            floorNs.ifPresent(ns -> refs.add(new DotWhiskerChart.Reference("JVM floor (" + floorWorkload.get() + ")", ns / nsPerUnit)));
        }
        return refs;
    }

    /** Lines over a scaling parameter (threads, payloadBytes, ...), one per mechanism, CI as a band. */
    public List<Figure> scaling(String workload, List<RankedComparison> comparisons) throws IOException {
        List<Figure> out = new ArrayList<>();
        for (String p : SCALING_PARAMS) {
            for (List<RankedComparison> line : alikeButFor(p, comparisons, v -> v.matches("-?\\d+(\\.\\d+)?"))) {
                if (line.stream().map(c -> c.fixedParams().get(p)).distinct().count() < 2) {
                    continue;
                }
                out.add(scalingFigure(workload, p, line));
            }
        }
        return out;
    }

    private Figure scalingFigure(String workload, String p, List<RankedComparison> line) throws IOException {
        RankedComparison first = line.getFirst();
        Map<String, String> rest = paramsBut(p, first);
        String title = workload + "." + first.method() + ": scaling with " + p + " (" + first.mode() + text(rest) + ")";
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (RankedComparison c : line) {
            double x = Double.parseDouble(c.fixedParams().get(p));
            for (RankedComparison.Row r : c.rows()) {
                if (!(r.median().value() > 0)) {
                    continue;
                }
                YIntervalSeries s = series.computeIfAbsent(r.label(), k -> new YIntervalSeries(k, true, true));
                boolean ci = r.median().hasInterval() && r.median().lower() > 0;
                s.add(x, r.median().value(), ci ? r.median().lower() : r.median().value(), ci ? r.median().upper() : r.median().value());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        boolean powersOfTwo = "payloadBytes".equals(p) || "capacity".equals(p) || "batch".equals(p);
        ValueAxis xAxis;
        if (powersOfTwo) {
            LogAxis lx = Style.logAxis(p);
            Style.fitLog(lx, line.stream().mapToDouble(c -> Double.parseDouble(c.fixedParams().get(p))), OptionalDouble.empty());
            xAxis = lx;
        } else {
            NumberAxis nx = new NumberAxis(p);
            nx.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            nx.setAutoRangeIncludesZero(false);
            xAxis = nx;
        }
        xAxis.setLabelFont(Style.LABEL);
        xAxis.setTickLabelFont(Style.TICK);
        LogAxis y = Style.logAxis(first.unit());
        List<Double> ys = new ArrayList<>();
        series.values().forEach(s -> {
            for (int i = 0; i < s.getItemCount(); i++) {
                ys.add(s.getYLowValue(i));
                ys.add(s.getYHighValue(i));
            }
        });
        Style.fitLog(y, ys.stream().mapToDouble(Double::doubleValue), OptionalDouble.empty());
        DeviationRenderer renderer = Style.bands(series.size());
        XYPlot plot = new XYPlot(data, xAxis, y, renderer);
        String anchor = "fig-" + Anchors.slug(workload + "-" + first.method() + "-" + first.mode() + "-scaling-" + p + "-" + rest);
        return files.write(anchor, title, "Geometric mean of the fork medians per " + p + "; shaded band = 95% t interval on the logs (absent below 3 forks).",
                Style.chart(title, plot, true), 900, 480);
    }

    /** Latency percentile curves of a SampleTime comparison, one line per mechanism. */
    public Figure latency(RankedComparison c) throws IOException {
        List<String> levels = new ArrayList<>(List.of(SamplePercentiles.LABELS));
        levels.add("max");
        XYSeriesCollection data = new XYSeriesCollection();
        List<Double> all = new ArrayList<>();
        for (RankedComparison.Row r : c.rows()) {
            if (r.percentiles().isEmpty()) {
                continue;
            }
            XYSeries s = new XYSeries(r.label(), false, true);
            for (int i = 0; i < levels.size(); i++) {
                Double v = r.percentiles().get(levels.get(i));
                if (v != null && v > 0) {
                    s.add(i, v);
                    all.add(v);
                }
            }
            data.addSeries(s);
        }
        SymbolAxis x = new SymbolAxis("percentile", levels.toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setLabelFont(Style.LABEL);
        x.setTickLabelFont(Style.TICK);
        LogAxis y = Style.logAxis(c.unit());
        Style.fitLog(y, all.stream().mapToDouble(Double::doubleValue), OptionalDouble.empty());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Style.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String title = c.title() + ": latency percentiles";
        return files.write("fig-" + c.anchor() + "-percentiles", title,
                "Percentiles of all samples pooled over forks and iterations (from JMH's histogram). Tail percentiles of short runs rest on few samples.",
                Style.chart(title, plot, true), 900, 460);
    }

    /** Categorical parameters worth a side-by-side chart: where the processes run, how a party waits, how data travels. */
    public static final List<String> SIDE_BY_SIDE_PARAMS = List.of("placement", "waitStrategy", "codec", "transport");

    /** For each categorical parameter, its values side by side per mechanism (e.g. placements of the cross-process workloads). */
    public List<Figure> sideBySide(String workload, List<RankedComparison> comparisons) throws IOException {
        List<Figure> out = new ArrayList<>();
        for (String param : SIDE_BY_SIDE_PARAMS) {
            for (List<RankedComparison> group : alikeButFor(param, comparisons, v -> true)) {
                if (group.size() >= 2) {
                    out.add(sideBySideFigure(workload, param, group));
                }
            }
        }
        return out;
    }

    private Figure sideBySideFigure(String workload, String param, List<RankedComparison> group) throws IOException {
        RankedComparison first = group.getFirst();
        Set<String> rows = new LinkedHashSet<>();
        group.forEach(c -> c.rows().forEach(r -> rows.add(r.label())));
        List<String> values = group.stream().map(c -> c.fixedParams().get(param)).toList();
        List<DotWhiskerChart.Point> points = new ArrayList<>();
        for (RankedComparison c : group) {
            for (RankedComparison.Row r : c.rows()) {
                points.add(new DotWhiskerChart.Point(r.label(), c.fixedParams().get(param), r.median().value(),
                        r.median().lower(), r.median().upper()));
            }
        }
        Map<String, String> rest = paramsBut(param, first);
        String title = workload + (first.method().startsWith("(") ? "" : "." + first.method()) + ": " + param + " side by side ("
                + first.mode() + text(rest) + ")";
        List<DotWhiskerChart.Reference> refs = references(first);
        JFreeChart chart = DotWhiskerChart.create(title, first.unit() + (first.higherIsBetter() ? ", higher is better" : ", lower is better"),
                List.copyOf(rows), values, points, refs);
        String anchor = "fig-" + Anchors.slug(workload + "-" + first.method() + "-" + first.mode() + "-" + param + "-" + rest);
        String caption = "Each colour is one value of " + param + " (" + String.join(", ", values) + "); dot = median, whisker = 95% CI."
                + (refs.isEmpty() ? "" : " Dashed lines: " + REFERENCE_NOTE);
        return files.write(anchor, title, caption, chart, 900, DotWhiskerChart.height(rows.size() * Math.max(1, (values.size() + 1) / 2)));
    }

    /**
     * The comparisons that have {@code param} (with a value {@code accepted}), grouped so that the
     * members of a group differ only in it: same method, mode, unit and every other parameter.
     */
    private static Collection<List<RankedComparison>> alikeButFor(String param, List<RankedComparison> comparisons,
                                                                  Predicate<String> accepted) {
        Map<String, List<RankedComparison>> groups = new LinkedHashMap<>();
        for (RankedComparison c : comparisons) {
            String v = c.fixedParams().get(param);
            if (v != null && accepted.test(v)) {
                groups.computeIfAbsent(c.method() + "|" + c.mode() + "|" + c.unit() + "|" + paramsBut(param, c), k -> new ArrayList<>())
                        .add(c);
            }
        }
        return groups.values();
    }

    /** The comparison's fixed parameters without {@code param}, sorted by name. */
    private static Map<String, String> paramsBut(String param, RankedComparison c) {
        Map<String, String> rest = new TreeMap<>(c.fixedParams());
        rest.remove(param);
        return rest;
    }

    /** ", capacity=64, threads=2" for a title, or "" when there are none. */
    private static String text(Map<String, String> params) {
        return params.isEmpty() ? "" : ", " + params.toString().replaceAll("[{}]", "");
    }
}
