package dev.sharebench.core.proof.cases;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/*
 * Proof 17, an orphaned server: a parent starts a server child, then dies by SIGKILL (OOM killer,
 * kill -9, a crashed CI runner). No shutdown hook runs, nobody closes the child.
 *
 * Three JVMs per trial: this one, a "parent" JVM, and the "server" the parent starts. This JVM
 * SIGKILLs the parent and watches the server for 2 s. Broken: the parent started the server with a
 * bare ProcessBuilder: the server is re-parented to init and keeps running (and keeps its port, its
 * shared-memory files, its CPU). Fixed: the parent started it with the suite's launcher
 * (ChildProcess): the server watches its control socket, sees EOF when the parent's kernel
 * resources go, and exits within ~100 ms.
 *
 * NOTE: the proof never leaves an orphan behind: after observing that the naive server survived,
 * it kills it itself and checks it is gone. The naive server also ends by itself after 60 s, a
 * last resort should this JVM die mid-proof.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P17
 */
public final class Process_17_Orphan implements Proof {

    static final int TRIALS = 1;
    static final Duration GRACE = Duration.ofSeconds(2);
    static final int NAIVE_SERVER_LIFETIME_S = 60;

    /** The naive server: a plain main that sleeps (serving nothing), then exits. */
    public static final class NaiveServerMain {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.parseLong(args[0]) * 1000);
        }
    }

    /** The launcher's server: ready, then idle until stopped (or until its parent is gone). */
    public static final class ServerRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            ctx.ready("");
            while (!ctx.stopRequested()) {
                Thread.sleep(50);
            }
        }
    }

    /** The parent JVM: starts a server the naive way or with the launcher, reports its pid, waits to be killed. */
    public static final class ParentRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            boolean naive = Variant.valueOf(ctx.arg(0, "variant")) == Variant.BROKEN;
            long serverPid;
            ChildProcess launched = null;
            Process naiveProcess = null;
            if (naive) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                naiveProcess = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NaiveServerMain.class.getName(),
                        Integer.toString(NAIVE_SERVER_LIFETIME_S)).start();
                serverPid = naiveProcess.pid();
            } else {
                launched = ChildProcess.start(ServerRole.class, List.of(), Duration.ofSeconds(30));
                serverPid = launched.pid();
            }
            ctx.ready("");
            ctx.report(Long.toString(serverPid));
            while (!ctx.stopRequested()) { // the proof SIGKILLs us here
                Thread.sleep(50);
            }
            // Only reached if the proof stopped us without killing (it never does): clean up properly.
            if (launched != null) {
                launched.close();
            }
            if (naiveProcess != null) {
                naiveProcess.destroyForcibly();
            }
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P17").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("server-exited", Grade.ACCEPTABLE, "The server exited within " + GRACE.toSeconds() + " s of its parent's SIGKILL.")
                .declareBug(variant, "server-orphaned", "The server was still running " + GRACE.toSeconds() + " s after its parent's SIGKILL (the proof then killed it).");
        int trials = mode == Mode.FULL ? 5 : TRIALS * Math.min(mode.scale(), 2);
        long slowestExitMs = -1;
        for (int i = 0; i < trials; i++) {
            long exitMs = oneTrial(variant);
            counts.count(exitMs >= 0 ? "server-exited" : "server-orphaned");
            slowestExitMs = Math.max(slowestExitMs, exitMs);
        }
        if (slowestExitMs >= 0) {
            counts.describe("server-exited", "The server exited within " + GRACE.toSeconds() + " s of its parent's SIGKILL (slowest: "
                    + slowestExitMs + " ms).");
        }
        return counts;
    }

    /* Milliseconds from the parent's death to the server's exit, or -1 if the server outlived the grace period. */
    private static long oneTrial(Variant variant) throws Exception {
        ChildProcess parent = ChildProcess.builder(ParentRole.class).args(List.of(variant.name())).readyTimeout(Duration.ofSeconds(60)).start();
        ProcessHandle server = null;
        try {
            long serverPid = Long.parseLong(parent.awaitReport(Duration.ofSeconds(60)));
            server = ProcessHandle.of(serverPid).orElseThrow(() -> new IllegalStateException("P17: server pid " + serverPid + " not found"));
            ProcessHandle parentHandle = ProcessHandle.of(parent.pid()).orElseThrow();
            parentHandle.destroyForcibly(); // SIGKILL on Linux: no hooks, no goodbye
            parentHandle.onExit().get(10, TimeUnit.SECONDS);
            long parentGone = System.nanoTime();
            boolean exited = waitForExit(server, GRACE);
            return exited ? (System.nanoTime() - parentGone) / 1_000_000 : -1;
        } finally {
            if (server != null && !hasTerminated(server)) {
                server.destroyForcibly();
                if (!waitForExit(server, Duration.ofSeconds(10))) {
                    throw new IllegalStateException("P17: could not kill orphaned server pid " + server.pid());
                }
            }
            closeKilledParent(parent);
        }
    }

    /* Polls until the process has terminated or `within` has passed; true iff it terminated within the limit. */
    private static boolean waitForExit(ProcessHandle p, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long now = System.nanoTime();
            if (hasTerminated(p)) {
                return now <= deadline;
            }
            if (now > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
    }

    /*
     * NOTE: a process that has exited stays a zombie until its (new) parent reaps it, and
     * ProcessHandle.isAlive() is true for a zombie. An orphan's new parent is init, and this machine's
     * init reaps only every second or so; a zombie runs no code and holds no socket, file or memory,
     * so here it counts as terminated (state Z or X in /proc/<pid>/stat).
     */
    static boolean hasTerminated(ProcessHandle p) {
        if (!p.isAlive()) {
            return true;
        }
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (NoSuchFileException gone) {
            return true;
        } catch (IOException notLinux) {
            return false;
        }
    }

    /* The launcher reports a child that died abnormally; here that death is the experiment, so only that report is expected. */
    private static void closeKilledParent(ChildProcess parent) {
        try {
            parent.close();
        } catch (IllegalStateException expected) {
            if (parent.isAlive() || !String.valueOf(expected.getMessage()).contains("exit code 137")) {
                throw expected;
            }
        }
    }

}
