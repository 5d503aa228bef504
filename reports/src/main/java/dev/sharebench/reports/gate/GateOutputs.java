package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.AtomicOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the gate's documents into one folder: gate.md, gate.json, gate-junit.xml and, when
 * something was compared, the forest plot (gate-forest.png and .svg). All of them lead with the
 * same run verdict. All or none: they are written into a staging folder and moved into place
 * together (AtomicOutputs), so a failed write never leaves a half-new result that could contradict
 * the exit code.
 */
final class GateOutputs {

    private GateOutputs() {
    }

    static void write(Path out, GateReport report, ProofSection correctness) throws IOException {
        boolean compared = !report.result().judgements().isEmpty();
        AtomicOutputs.write(out, "gate", staging -> {
            Files.writeString(staging.resolve("gate.md"), GateMarkdown.render(report));
            GateJson.write(report, staging.resolve("gate.json"));
            GateJUnit.write(report, staging.resolve("gate-junit.xml"));
            if (compared) {
                ForestPlot.write(report, staging, "gate-forest");
            }
            if (correctness != null) {
                correctness.addTo(staging);
            }
        });
        if (!compared) {
            // Nothing compared: no plot, and none left over from an earlier run to contradict this one.
            Files.deleteIfExists(out.resolve("gate-forest.png"));
            Files.deleteIfExists(out.resolve("gate-forest.svg"));
        }
    }
}
