package dev.sharebench.core.manager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/* What the manager tests read from a server child: its heap after GC and live threads, and its log. */
record ServerHealth(long heapBytes, int threads) {

    static ServerHealth of(ServerStats stats) {
        return new ServerHealth(stats.usedHeapAfterGc(), stats.threads());
    }

    String heapMiB() {
        return String.format("%.1f MiB", heapBytes / 1048576.0);
    }

    /** The server's own log lines so far (its stderr, which ChildProcess keeps in the child's temp dir). */
    static List<String> logLines(ManagerSession session) {
        Path log = session.serverProcess().tempDir().resolve("stderr.log");
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("sharebench manager")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's log " + log, e);
        }
    }
}
