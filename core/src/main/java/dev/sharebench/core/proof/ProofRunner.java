package dev.sharebench.core.proof;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs proofs variant by variant, turns each run into a judged {@link ProofRecord}, writes it and
 * prints one summary line. A proof that throws becomes an {@code error} record with the exception
 * as its reason; the run goes on with the next proof.
 */
public final class ProofRunner {

    static final int MAX_REASON = 600;

    private final Path out;
    private final Mode mode;
    private final PrintStream log;

    public ProofRunner(Path out, Mode mode, PrintStream log) {
        this.out = out;
        this.mode = mode;
        this.log = log;
    }

    /** Runs every variant of every proof; returns the records in order. */
    public List<ProofRecord> runAll(List<Proof> proofs) throws IOException {
        List<ProofRecord> records = new ArrayList<>();
        for (Proof p : proofs) {
            for (Variant v : Variant.values()) {
                ProofRecord r = runOne(p, v);
                ProofRecords.write(out, r);
                log.println(ProofRecords.summary(r));
                records.add(r);
            }
        }
        return records;
    }

    ProofRecord runOne(Proof proof, Variant variant) {
        ProofInfo info = proof.info();
        long start = System.nanoTime();
        try {
            Counts counts = proof.run(variant, mode);
            return ProofRecord.judged(info, variant, info.testClass(), counts.trials(), counts.outcomes(), mode, millisSince(start))
                    .withAliases(counts.aliases());
        } catch (Exception | AssertionError | LinkageError | OutOfMemoryError e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = ("The proof could not run: " + e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ");
            if (reason.length() > MAX_REASON) {
                reason = reason.substring(0, MAX_REASON) + "... (cut; the full error is on stderr)";
                e.printStackTrace();
            }
            return ProofRecord.error(info, variant, info.testClass(), reason, mode, millisSince(start));
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
