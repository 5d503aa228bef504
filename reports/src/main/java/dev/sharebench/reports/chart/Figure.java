package dev.sharebench.reports.chart;

/**
 * A chart written to {@code charts/<anchor>.svg} and {@code .png}.
 *
 * @param anchor  stable id, also the file name and the HTML anchor
 * @param title   what the figure shows
 * @param caption how to read it
 */
public record Figure(String anchor, String title, String caption, String svgPath, String pngPath) {
}
