package dev.sharebench.core.cli;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRunner;
import dev.sharebench.core.proof.cases.ProofCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the deterministic (P10-P12) and cross-process (P13-P19, P21-P22) pitfall proofs and the
 * per-mechanism checks (P30-P35, Fixed only) and writes one record per variant into {@code --out}. The jcstress proofs (P01-P09, P20) run under jcstress; see
 * jcstress/README.md. Exit 0: every Fixed variant held and nothing errored; 1: a fix failed or a
 * proof errored; 2: bad usage.
 */
@Command(name = "proofs", mixinStandardHelpOptions = true,
        description = "Run the deterministic and cross-process pitfall proofs; write one JSON record per proof variant.")
final class ProofsCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the records, e.g. results/<run-id>/proofs.")
    Path out;
    @Option(names = "--profile", paramLabel = "MODE", defaultValue = "quick", description = "sanity, quick (default) or full: scales the trial counts.")
    String profile;
    @Option(names = "--only", paramLabel = "IDS", description = "Comma-separated proof ids, e.g. P10,P13 (default: every proof this runner runs).")
    String only;

    @Override
    public Integer call() throws IOException {
        Mode mode = Mode.parse("--profile", profile);
        List<Proof> proofs = only == null ? ProofCases.all() : ProofCases.select("--only", ProofCatalog.parseIds("--only", only));
        if (proofs.isEmpty()) {
            throw new IllegalArgumentException("--only: no proof selected");
        }
        List<ProofRecord> records = new ProofRunner(out, mode, System.out).runAll(proofs);
        return records.stream().anyMatch(r -> r.verdict().failsRun()) ? CoreMain.EXIT_CHECK_FAILED : CoreMain.EXIT_OK;
    }
}
