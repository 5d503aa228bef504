package dev.sharebench.reports.gate;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code reports gate --baseline B --candidate C}: the CI performance regression gate. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Compare a candidate run with a baseline run; exit 0 pass, 1 regression, 2 bad input.")
public final class GateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("gate: not implemented yet");
    }
}
