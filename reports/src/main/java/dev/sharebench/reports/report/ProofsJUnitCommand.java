package dev.sharebench.reports.report;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.proof.ProofJUnit;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.proof.ProofRecords;
import dev.sharebench.reports.proof.ProofTestCase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports proofs-junit PROOFS_DIR --out FILE}: the proof records as JUnit XML, one test case per variant. */
@Command(name = "proofs-junit", mixinStandardHelpOptions = true,
        description = {"Write the proof records of PROOFS_DIR (results/<run>/proofs/*.json) as JUnit XML, one test case per variant:",
            "a fixed variant that failed and a broken one that no longer reproduces are failures, a variant that could not run an error.",
            "Exit codes: 0 written (whatever the proofs say: proofs.sh carries their verdict); 2 bad input."})
public final class ProofsJUnitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOFS_DIR", description = "A proofs directory (results/<run-id>/proofs).")
    Path proofs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JUnit XML file to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isDirectory(proofs)) {
                throw new BadInputException(proofs, "not a directory (expected results/<run-id>/proofs)");
            }
            List<ProofRecord> records = ProofRecords.read(proofs);
            if (records.isEmpty()) {
                throw new BadInputException(proofs, "no proof records (*.json)");
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, ProofJUnit.render(records));
            long failing = records.stream().map(ProofTestCase::of).filter(c -> c.status() != ProofTestCase.Status.PASSED).count();
            spec.commandLine().getOut().printf("%s: %s, %d not passing%n", out, Format.count(records.size(), "test case"), failing);
            return ExitCode.OK;
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
