package dev.sharebench.reports.doc;

import dev.sharebench.reports.chart.Figure;
import java.util.List;

/** Template-facing records: everything is a ready-to-print string; templates hold no logic. */
public final class View {

    private View() {
    }

    public record Workload(String name, String anchor, String headline, List<Comparison> comparisons, List<Figure> scaling,
                           List<Figure> sideBySide, List<Overview> overviews, List<Guide> python, boolean hasPython) {
    }

    /** A Python case of the classic guides beside one Java run: a reference row, never ranked. */
    public record Guide(String id, String classic, String python, String pythonValue, String mechanism, String java,
                        String javaValue, String ratio, String verdict, String note) {
    }

    /** One method across parameter values: rows are the axis's values, columns the other parameters ({@link MethodOverview}). */
    public record Overview(String title, String axis, String unit, List<String> columns, List<SecondaryRow> rows) {
    }

    public record Comparison(String anchor, String title, String axis, String unit, String valueHeader, String direction, String baseline, Figure figure,
                             Figure latency, List<Row> rows, boolean hasPercentiles, List<String> percentileHeaders,
                             boolean hasSecondary, List<String> secondaryHeaders, List<SecondaryRow> secondaryRows) {
    }

    public record Row(String position, String label, String description, String median, String vsFastest, String rank,
                      String rankClass, String vsBaseline, int forks, int iterations, List<String> percentiles) {
    }

    public record SecondaryRow(String label, List<String> values) {
    }

    public record Headline(String workload, String anchor, String text) {
    }

    public record Proof(String id, String title, String variant, String verdict, String verdictClass, String pitfall,
                        String test, String trials, String interesting, String forbidden, String mode, String arch,
                        String reason, String aliases) {
    }

    public record Target(String id, String anchor, String title, String statement, String measured, String reference,
                         String ratio, String limit, String verdict, String verdictClass, String context) {
    }

    public record Input(String path, String what) {
    }
}
