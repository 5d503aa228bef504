package dev.sharebench.reports.chart;

import dev.sharebench.reports.proof.ProofRecord;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Proof outcomes, broken vs fixed: per proof variant, how many trials ended in each grade. Counts
 * span from 1 to millions, so the axis is logarithmic; a missing bar is a count of zero.
 */
public final class ProofChart {

    static final List<String> GRADES = List.of("ACCEPTABLE", "ACCEPTABLE_INTERESTING", "FORBIDDEN", "UNKNOWN");
    private static final Color[] GRADE_COLORS = {new Color(0x00, 0x9E, 0x73), new Color(0xE6, 0x9F, 0x00),
        new Color(0xD5, 0x5E, 0x00), new Color(0x88, 0x88, 0x88)};

    private ProofChart() {
    }

    public static Figure write(ChartFiles files, List<ProofRecord> all) throws IOException {
        // Deterministic proofs count the same on every run: their counts are repetitions, not a rate to chart.
        List<ProofRecord> proofs = all.stream().filter(p -> !p.deterministic()).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ProofRecord p : proofs) {
            String category = p.id() + " " + p.variant();
            for (String g : GRADES) {
                long n = p.countOf(g);
                data.addValue(n > 0 ? Double.valueOf(n) : null, label(g), category);
            }
        }
        CategoryAxis cat = new CategoryAxis(null);
        cat.setTickLabelFont(Style.TICK);
        LogAxis counts = Style.logAxis("outcome count (trials)");
        counts.setRange(0.5, Math.max(10, proofs.stream().mapToLong(ProofRecord::trials).max().orElse(10)) * 2.0);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setBase(0.5);
        r.setItemMargin(0.02);
        for (int i = 0; i < GRADES.size(); i++) {
            r.setSeriesPaint(i, GRADE_COLORS[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, cat, counts, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = Style.chart("Proof outcomes: broken vs fixed", plot, true);
        int height = 120 + 30 * Math.max(2, proofs.size());
        return files.write("fig-proof-outcomes", "Proof outcomes: broken vs fixed",
                "Per proof variant, trials per outcome grade (log axis; no bar = zero). A broken variant reproduces when its"
                        + " interesting outcome shows up; a fixed variant holds when no forbidden outcome does. Deterministic proofs"
                        + " (the same outcome every trial) are in the table, not here.", chart, 900, height);
    }

    static String label(String grade) {
        return switch (grade) {
            case "ACCEPTABLE" -> "acceptable";
            case "ACCEPTABLE_INTERESTING" -> "interesting (the bug)";
            case "FORBIDDEN" -> "forbidden";
            default -> "unknown";
        };
    }
}
