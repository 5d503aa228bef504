package dev.sharebench.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes (or completes) {@code manifest.json}: what ran, where, on what. Every report section
 * cites it, so a number never travels without its machine.
 */
@Command(name = "manifest", mixinStandardHelpOptions = true,
        description = "Write the run manifest (JDK, JVM flags, CPU, cores, kernel, commit, profile, command, times).")
final class ManifestCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "manifest.json to write; with --finish, to complete.")
    Path out;
    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (the results folder's name).")
    String runId;
    @Option(names = "--profile", paramLabel = "NAME", description = "Profile name (quick, full, ...).")
    String profile;
    @Option(names = "--git-commit", paramLabel = "SHA", description = "Commit the suite was built from.")
    String gitCommit;
    @Option(names = "--command", paramLabel = "LINE", description = "The command line the user ran.")
    String command;
    @Option(names = "--bench-jvm-flags", paramLabel = "FLAGS", description = "JVM flags passed to benchmark forks.")
    String benchJvmFlags;
    @Option(names = "--finish", description = "Only set the end time (and status) of an existing manifest.")
    boolean finish;
    @Option(names = "--status", paramLabel = "STATUS", description = "With --finish: ok or failed (default ok).")
    String status = "ok";

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (finish) {
            if (!Files.isRegularFile(out)) {
                throw new IllegalArgumentException("--finish: no manifest at " + out);
            }
            ObjectNode m = (ObjectNode) json.readTree(out.toFile());
            m.put("end", Instant.now().toString());
            m.put("status", status);
            json.writeValue(out.toFile(), m);
            return CoreMain.EXIT_OK;
        }
        ObjectNode m = json.createObjectNode();
        m.put("runId", runId);
        m.put("profile", profile);
        m.put("command", command);
        m.put("gitCommit", gitCommit);
        m.put("start", Instant.now().toString());
        ObjectNode jdk = m.putObject("jdk");
        jdk.put("vendor", System.getProperty("java.vendor"));
        jdk.put("version", System.getProperty("java.runtime.version"));
        jdk.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        jdk.put("home", System.getProperty("java.home"));
        m.put("benchmarkJvmFlags", benchJvmFlags);
        ObjectNode machine = m.putObject("machine");
        machine.put("cpuModel", MachineInfo.cpuModel());
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", MachineInfo.totalMemoryBytes());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("kernel", System.getProperty("os.version"));
        machine.put("hypervisor", MachineInfo.hypervisor());
        machine.put("hostname", MachineInfo.hostname());
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        m.putPOJO("manifestJvmFlags", flags);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        json.writeValue(out.toFile(), m);
        return CoreMain.EXIT_OK;
    }
}
