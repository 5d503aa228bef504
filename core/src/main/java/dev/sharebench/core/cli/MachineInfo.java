package dev.sharebench.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What machine this is, read from Linux's /proc (with plain fallbacks elsewhere). */
final class MachineInfo {

    private MachineInfo() {
    }

    static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    static String hypervisor() {
        List<String> flags = firstValue(Path.of("/proc/cpuinfo"), "flags").map(f -> List.of(f.split(" "))).orElse(List.of());
        return flags.contains("hypervisor") ? "yes" : "no (or unknown)";
    }

    static long totalMemoryBytes() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replace("kB", "").trim()) * 1024L).orElse(-1L);
    }

    static String hostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
