package dev.sharebench.core.cli;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.ProofRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Splits a proof selection between its two runners, by each proof's kind in the catalogue (not by
 * its number): jcstress gets a test-name regex, the proof runner a list of ids. Without --only, the
 * mode decides: the jcstress checks (a jcstress test per alias) run in full only. scripts/proofs.sh
 * reads those lines and only orchestrates; scripts/test.sh checks a run's records against the last.
 */
@Command(name = "proof-plan", mixinStandardHelpOptions = true,
        description = {"Print which proofs each runner runs, and the records they write, as four lines:",
            "  jcstress=<test regex for jcstress -t, empty when none>",
            "  jcstressIds=<the same proofs' ids, for the jcstress converter>",
            "  runner=<comma-separated ids for 'core.jar proofs --only', empty when none>",
            "  records=<comma-separated file names of the records a run of them writes, e.g. P01-broken.json>"})
final class ProofPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "IDS", description = "Comma-separated proof ids, e.g. P01,P14 (default: every proof the mode runs).")
    String only;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "full",
            description = "sanity, quick or full (default): without --only, the proofs a run in this mode runs (the jcstress checks: full only).")
    String mode;

    @Override
    public Integer call() {
        Mode runMode = Mode.parse("--mode", mode);
        List<ProofInfo> chosen = only == null ? ProofCatalog.all().stream().filter(p -> p.runsByDefaultIn(runMode)).toList()
                : ProofCatalog.parseIds("--only", only);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("--only: no proof selected");
        }
        List<ProofInfo> jcstress = chosen.stream().filter(p -> p.kind().underJcstress()).toList();
        List<ProofInfo> runner = chosen.stream().filter(p -> !p.kind().underJcstress()).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println("jcstress=" + testRegex(jcstress));
        out.println("jcstressIds=" + jcstress.stream().map(ProofInfo::id).collect(Collectors.joining(",")));
        out.println("runner=" + runner.stream().map(ProofInfo::id).collect(Collectors.joining(",")));
        out.println("records=" + chosen.stream().flatMap(p -> p.variants().stream().map(v -> ProofRecord.fileName(p.id(), v)))
                .collect(Collectors.joining(",")));
        out.flush();
        return CoreMain.EXIT_OK;
    }

    /* jcstress -t selects tests whose name matches: every test of these proofs' classes, or "" for none. */
    private static String testRegex(List<ProofInfo> proofs) {
        return proofs.isEmpty() ? "" : proofs.stream().map(p -> Pattern.quote(p.testClass() + ".")).collect(Collectors.joining("|", "^(", ")"));
    }
}
