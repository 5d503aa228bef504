package dev.sharebench.reports.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sharebench.reports.common.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** One job of a GitHub Actions workflow file: its env and steps, as far as a local run needs them. */
public record WorkflowJob(Path file, String id, Map<String, String> env, List<Step> steps) {

    /** A step: {@code run} (a bash script) or {@code uses} (an action), with its condition and env. */
    public record Step(int number, String name, String run, String uses, String condition, String workingDirectory,
                       Map<String, String> env) {

        public boolean isRun() {
            return run != null;
        }
    }

    /** Every variable a caller may set: the names under the job's env and under each step's env, sorted. */
    public SortedSet<String> envNames() {
        SortedSet<String> names = new TreeSet<>(env.keySet());
        steps.forEach(s -> names.addAll(s.env().keySet()));
        return names;
    }

    public static WorkflowJob read(Path file, String jobId) throws BadInputException {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable YAML workflow: " + e.getMessage(), e);
        }
        JsonNode job = root == null ? null : root.path("jobs").get(jobId);
        if (job == null || !job.isObject()) {
            throw new BadInputException(file, "no job '" + jobId + "' under jobs:");
        }
        String shell = job.path("defaults").path("run").path("shell").asText("bash");
        if (!shell.equals("bash")) {
            throw new BadInputException(file, "job " + jobId + ": only bash run steps can run locally, the default shell is " + shell);
        }
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (JsonNode s : job.path("steps")) {
            n++;
            String name = s.path("name").asText(s.has("run") ? "run" : s.path("uses").asText("step " + n));
            if (s.has("shell") && !s.get("shell").asText().equals("bash")) {
                throw new BadInputException(file, "step " + n + " (" + name + "): shell " + s.get("shell").asText() + " cannot run locally");
            }
            steps.add(new Step(n, name, text(s, "run"), text(s, "uses"), text(s, "if"), text(s, "working-directory"), map(s.path("env"))));
        }
        if (steps.isEmpty()) {
            throw new BadInputException(file, "job " + jobId + " has no steps");
        }
        return new WorkflowJob(file, jobId, map(job.path("env")), List.copyOf(steps));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
