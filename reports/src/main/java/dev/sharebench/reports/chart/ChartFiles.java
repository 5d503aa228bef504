package dev.sharebench.reports.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes one chart as SVG (JFreeSVG) and PNG (ChartUtils) under {@code charts/}. Headless-safe. */
public final class ChartFiles {

    private final Path chartsDir;

    public ChartFiles(Path chartsDir) throws IOException {
        this.chartsDir = Files.createDirectories(chartsDir);
    }

    public Figure write(String anchor, String title, String caption, JFreeChart chart, int width, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        Path svg = chartsDir.resolve(anchor + ".svg");
        Files.writeString(svg, g2.getSVGDocument());
        Path png = chartsDir.resolve(anchor + ".png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
        return new Figure(anchor, title, caption, "charts/" + anchor + ".svg", "charts/" + anchor + ".png");
    }
}
