package dev.sharebench.reports.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run manifest ({@code manifest.json}): who ran what, where, on which JDK. It feeds the
 * environment section and the one-line "cite as" under every figure and table. Missing fields are
 * shown as "unknown", never guessed.
 */
public record Manifest(String runId, String profile, String gitCommit, String start, String end, String status,
                       String jdk, String machine, List<Row> environment, String arch) {

    public record Row(String key, String value) {
    }

    public static Manifest of(String fallbackRunId, JsonNode m) {
        JsonNode jdk = m == null ? null : m.get("jdk");
        JsonNode machine = m == null ? null : m.get("machine");
        String runId = Json.text(m, "runId", fallbackRunId);
        String commit = Json.text(m, "gitCommit", "unknown");
        String jdkLine = jdk == null ? "unknown JDK"
                : Json.text(jdk, "vendor", "?") + " " + Json.text(jdk, "version", "?") + " (" + Json.text(jdk, "vm", "?") + ")";
        String machineLine = machine == null ? "unknown machine"
                : Json.text(machine, "cpuModel", "?") + ", " + cpus(Json.text(machine, "cores", "?"), Json.text(machine, "hypervisor", ""));
        List<Row> env = new ArrayList<>();
        env.add(new Row("run id", runId));
        env.add(new Row("profile", Json.text(m, "profile", "unknown")));
        env.add(new Row("status", Json.text(m, "status", "unknown")));
        env.add(new Row("git commit", commit));
        env.add(new Row("command", Json.text(m, "command", "unknown")));
        env.add(new Row("start", Json.text(m, "start", "unknown")));
        env.add(new Row("end", Json.text(m, "end", "unknown")));
        env.add(new Row("JDK", jdkLine));
        env.add(new Row("JDK home", Json.text(jdk, "home", "unknown")));
        env.add(new Row("CPU", Json.text(machine, "cpuModel", "unknown")));
        env.add(new Row("CPU architecture", Json.text(machine, "arch", "unknown")));
        env.add(new Row("cores", Json.text(machine, "cores", "unknown")));
        env.add(new Row("memory", memory(machine)));
        env.add(new Row("OS / kernel", Json.text(machine, "os", "unknown") + " / " + Json.text(machine, "kernel", "unknown")));
        env.add(new Row("hypervisor", Json.text(machine, "hypervisor", "none reported")));
        env.add(new Row("hostname", Json.text(machine, "hostname", "unknown")));
        env.add(new Row("benchmark JVM flags", flags(m, "benchmarkJvmFlags")));
        env.add(new Row("JVM flags of the manifest writer", flags(m, "manifestJvmFlags")));
        return new Manifest(runId, Json.text(m, "profile", "unknown"), commit, Json.text(m, "start", "unknown"),
                Json.text(m, "end", "unknown"), Json.text(m, "status", "unknown"), jdkLine, machineLine, List.copyOf(env),
                Json.text(machine, "arch", "unknown"));
    }

    /** True when the manifest says the run's CPU is x86-64 ({@code os.arch} amd64 or x86_64); unknown is not x86. */
    public boolean isX86() {
        return arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86-64");
    }

    /** One line that identifies the run for a citation. */
    public String citeAs() {
        String shortCommit = gitCommit.length() > 12 ? gitCommit.substring(0, 12) : gitCommit;
        return "sharebench run " + runId + " (" + profile + "), commit " + shortCommit + ", " + machine + ", " + jdk;
    }

    /*
     * The CPUs the JVM could use (core.jar's manifest writes Runtime.availableProcessors() as "cores")
     * and whether they are virtual: core.jar writes "yes" when /proc/cpuinfo's flags list
     * "hypervisor" and "no (or unknown)" otherwise; other writers may name the hypervisor (e.g. "KVM").
     */
    static String cpus(String count, String hypervisor) {
        String h = hypervisor.strip();
        if (h.isEmpty()) {
            return count + " CPUs";
        }
        if (h.toLowerCase(Locale.ROOT).matches("no\\b.*|none")) {
            return count + " CPUs (no hypervisor reported)";
        }
        return count + " vCPUs (virtualized" + (h.equals("yes") ? "" : ": " + h) + ")";
    }

    private static String memory(JsonNode machine) {
        if (machine == null || !machine.hasNonNull("memoryBytes") || !machine.get("memoryBytes").canConvertToLong()) {
            return Json.text(machine, "memoryBytes", "unknown");
        }
        return String.format(Locale.ROOT, "%.1f GiB", machine.get("memoryBytes").asLong() / (double) (1L << 30));
    }

    private static String flags(JsonNode m, String field) {
        JsonNode v = m == null ? null : m.get(field);
        if (v == null || v.isNull()) {
            return "unknown";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return parts.isEmpty() ? "none" : String.join(" ", parts);
        }
        return v.asText();
    }
}
