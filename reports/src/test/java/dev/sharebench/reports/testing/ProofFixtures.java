package dev.sharebench.reports.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made proof records, one planted failure among them, for the proofs-junit and gate --proofs tests. */
public final class ProofFixtures {

    private ProofFixtures() {
    }

    /** A proof record as the proof runner writes it. */
    public static void record(Path proofs, String id, String variant, String verdict, String reason, long forbidden) throws Exception {
        Files.createDirectories(proofs);
        Files.writeString(proofs.resolve(id + "-" + variant + ".json"), """
                {"id":"%s","number":%s,"title":"Lost update","pitfall":"count++","kind":"jcstress","variant":"%s",
                 "test":"dev.sharebench.jcstress.lock.Lock_01_LostUpdate.X","trials":100000,
                 "outcomes":[{"id":"1","count":%d,"grade":"FORBIDDEN","desc":"lost update"},
                             {"id":"2","count":%d,"grade":"ACCEPTABLE","desc":"both landed"}],
                 "verdict":"%s","reason":%s,"arch":"amd64","jdk":"25.0.3","cpus":2,"mode":"sanity","durationMs":1500}
                """.formatted(id, Integer.parseInt(id.substring(1)), variant, forbidden, 100000 - forbidden, verdict,
                reason == null ? "null" : "\"" + reason + "\""));
    }

    /** The proofs of a run with one planted failed fix (P05 fixed), one blind broken variant (P02) and one error (P03). */
    public static Path planted(Path dir) throws Exception {
        Path proofs = dir.resolve("proofs");
        record(proofs, "P01", "broken", "reproduced", null, 1200);
        record(proofs, "P01", "fixed", "fix held", null, 0);
        record(proofs, "P02", "broken", "not reproduced on this hardware", "2 CPUs never interleave the two writes here", 0);
        record(proofs, "P03", "fixed", "error", "child JVM exited 137", 0);
        record(proofs, "P05", "fixed", "fix failed", "a FORBIDDEN outcome showed up 3 times", 3);
        return proofs;
    }

    /** Proofs where every fix held and every bug reproduced. */
    public static Path allPassing(Path dir) throws Exception {
        Path proofs = dir.resolve("proofs-ok");
        record(proofs, "P01", "broken", "reproduced", null, 1200);
        record(proofs, "P01", "fixed", "fix held", null, 0);
        return proofs;
    }
}
