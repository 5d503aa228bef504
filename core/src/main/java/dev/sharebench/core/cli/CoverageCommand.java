package dev.sharebench.core.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Stage;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Did a run measure what its profile asks? For every selected workload: its {@code jmh/<Workload>.json}
 * exists, and every parameter set's every mechanism appears in it with the set's parameter values.
 * Catches a benchmark that silently measured a subset, and a workload that produced nothing.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Check that RESULTS_DIR/jmh holds every workload and mechanism its profile asks for.",
            "Exit codes: 0 complete; 1 something is missing (listed); 2 bad input."})
final class CoverageCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results/<run-id>/ directory.")
    Path dir;

    @Option(names = "--profile", paramLabel = "NAME", description = "Profile of the run (default: the manifest's).")
    String profile;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Check only this stage (inproc or xproc).")
    String stage;

    @Option(names = "--bench", paramLabel = "REGEX", description = "Check only workloads whose name matches, as run-all.sh --bench.")
    String bench;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir.resolve("jmh"))) {
            throw new IllegalArgumentException(dir + ": no jmh/ folder (not a results directory?)");
        }
        Profile p = Profile.of(profile != null ? profile : manifestProfile());
        Pattern pattern = bench == null ? null : Pattern.compile(bench);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Workload w : stage == null ? Workloads.ALL : Workloads.ofStage(Stage.of(stage))) {
            List<RunSpec> specs = w.specs(p);
            if (specs.isEmpty() || (pattern != null && !pattern.matcher(w.name()).find())) {
                continue;
            }
            checked++;
            Path file = dir.resolve("jmh").resolve(w.name() + ".json");
            if (!Files.isRegularFile(file)) {
                missing.add(w.name() + ": no results at all (jmh/" + w.name() + ".json is missing)");
                continue;
            }
            JsonNode runs = JSON.readTree(file.toFile());
            for (RunSpec s : specs) {
                for (String m : s.mechanisms().isEmpty() ? java.util.Collections.<String>singletonList(null) : s.mechanisms()) {
                    if (!measured(runs, s, m)) {
                        missing.add(w.name() + ": " + s.role().id() + " set '" + s.methods() + "' " + s.params()
                                + (m == null ? "" : " has no result for mechanism " + m));
                    }
                }
            }
        }
        missing.forEach(m -> out.println("  missing: " + m));
        if (checked == 0) {
            out.println("  coverage: no workload selected (profile " + p.id() + ")");
            return CoreMain.EXIT_USAGE;
        }
        out.println("  coverage: " + Counts.of(checked, "workload") + " checked" + (missing.isEmpty() ? ", every mechanism of every parameter set measured" : ", "
                + missing.size() + " missing"));
        out.flush();
        return missing.isEmpty() ? CoreMain.EXIT_OK : CoreMain.EXIT_CHECK_FAILED;
    }

    /** Whether some run of the JSON is one of {@code s}'s methods with mechanism {@code m} and every fixed param value. */
    static boolean measured(JsonNode runs, RunSpec s, String m) {
        Pattern methods = Pattern.compile(s.methods());
        for (JsonNode r : runs) {
            String b = r.path("benchmark").asText();
            if (!b.startsWith(s.benchClass() + ".") || !methods.matcher(b.substring(s.benchClass().length() + 1)).matches()) {
                continue;
            }
            JsonNode params = r.path("params");
            if (m != null && !m.equals(params.path("mechanism").asText(null))) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, List<String>> e : s.params().entrySet()) {
                all &= e.getValue().contains(params.path(e.getKey()).asText(null));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private String manifestProfile() throws IOException {
        Path m = dir.resolve("manifest.json");
        if (!Files.isRegularFile(m)) {
            throw new IllegalArgumentException(dir + ": no manifest.json; give --profile");
        }
        String p = JSON.readTree(m.toFile()).path("profile").asText("");
        if (p.isEmpty()) {
            throw new IllegalArgumentException(m + ": no profile recorded; give --profile");
        }
        return p;
    }
}
