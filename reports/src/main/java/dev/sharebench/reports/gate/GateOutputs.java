package dev.sharebench.reports.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the gate's documents into one folder: gate.md, gate.json, gate-junit.xml and, when
 * something was compared, the forest plot (gate-forest.png and .svg). All of them lead with the
 * same run verdict.
 */
final class GateOutputs {

    private GateOutputs() {
    }

    static void write(Path out, GateReport report) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("gate.md"), GateMarkdown.render(report));
        GateJson.write(report, out.resolve("gate.json"));
        GateJUnit.write(report, out.resolve("gate-junit.xml"));
        if (report.result().judgements().isEmpty()) {
            // Nothing compared: no plot, and none left over from an earlier run to contradict this one.
            Files.deleteIfExists(out.resolve("gate-forest.png"));
            Files.deleteIfExists(out.resolve("gate-forest.svg"));
        } else {
            ForestPlot.write(report, out, "gate-forest");
        }
    }
}
