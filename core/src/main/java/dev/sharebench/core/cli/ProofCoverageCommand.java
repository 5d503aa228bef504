package dev.sharebench.core.cli;

import dev.sharebench.core.Mechanism;
import dev.sharebench.core.proof.ProofCoverage;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRecords;
import dev.sharebench.core.workload.Mechanisms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Which registered aliases a proofs folder's records ran, and how each fared (see {@link ProofCoverage}). */
@Command(name = "proof-coverage", mixinStandardHelpOptions = true,
        description = {"Print, for a folder of proof records (proofs.sh --out DIR), the table proof/check -> aliases it ran -> outcome,",
            "then every registered alias with the records that ran it.",
            "Exit codes: 0 every alias was run by some record and none failed; 1 an alias was not run, or failed",
            "(one line on stderr names them); 2 bad input."})
final class ProofCoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOFS_DIR", description = "Folder of P*.json proof records.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("PROOFS_DIR " + dir + ": not a directory");
        }
        List<ProofRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("P\\d+-(broken|fixed)\\.json")).sorted().toList()) {
                try {
                    records.add(ProofRecords.read(f));
                } catch (IOException e) {
                    throw new IllegalArgumentException(f + ": not a proof record (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
            }
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("PROOFS_DIR " + dir + ": no P*-broken.json or P*-fixed.json records");
        }
        ProofCoverage c = ProofCoverage.of(records, Mechanisms.all().stream().map(Mechanism::alias).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.print(c.markdown());
        List<String> failed = c.failed();
        out.printf("%n%d of %d registered aliases ran in at least one record; not run: %s; failed: %s%n",
                c.aliases().size() - c.uncovered().size(), c.aliases().size(), c.uncovered().isEmpty() ? "none" : c.uncovered(),
                failed.isEmpty() ? "none" : failed);
        out.flush();
        if (c.uncovered().isEmpty() && failed.isEmpty()) {
            return CoreMain.EXIT_OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: proof-coverage " + dir + ": " + (c.uncovered().isEmpty() ? "" : "not run by any record: " + c.uncovered()
                + (failed.isEmpty() ? "" : "; ")) + (failed.isEmpty() ? "" : "failed: " + failed));
        err.flush();
        return CoreMain.EXIT_CHECK_FAILED;
    }
}
