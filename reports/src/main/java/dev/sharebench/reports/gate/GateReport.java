package dev.sharebench.reports.gate;

import java.util.List;

/**
 * Everything the gate's documents show, in the order they show it: the run's verdict, warnings
 * about the machine (a canary that drifted), the judgements, and notes.
 *
 * @param result the judged run; empty when nothing was measured
 */
public record GateReport(RunVerdict verdict, List<String> warnings, GateResult result, List<String> notes) {

    public GateReport {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
