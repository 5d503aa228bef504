package dev.sharebench.core.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A peer JVM: the same {@code java} binary and class path as this one, the suite's JVM flags, and a
 * {@link ChildRole} to run. The smallest use:
 *
 * <pre>{@code
 * try (ChildProcess child = ChildProcess.start(EchoRole.class, List.of(), Duration.ofSeconds(10))) {
 *     child.stdin().write(...); child.stdin().flush(); child.stdout().read(...);
 * }
 * }</pre>
 *
 * <p>Guarantees: {@code start} returns only after the role called {@link ChildContext#ready}, or
 * throws within the ready timeout with the child's stderr tail. The child exits by itself within
 * ~100 ms when this JVM dies, even by SIGKILL (it watches a Unix-socket control channel, see
 * {@link ChildMain}), and deletes its temp dir. {@link #close} asks it to stop, waits, kills it if
 * needed, deletes its temp dir and throws if the role failed. A parent thread blocked on the child
 * brackets the wait with {@link #beginWait()}/{@link #endWait()}: a guard kills a child that does not
 * answer within the hang timeout, so the blocked read ends with EOF and {@link #failure} explains.
 * A JVM shutdown hook kills and cleans up children never closed.
 */
public final class ChildProcess implements AutoCloseable {

    private static final String EOF = "\u0000EOF";
    private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ChildProcess c : LIVE) {
                c.process.destroyForcibly();
                TempFiles.deleteTree(c.tempDir);
            }
        }, "sharebench-child-reaper"));
    }

    private final String role;
    private final Process process;
    private final Path tempDir;
    private final Duration hangTimeout;
    private final List<Runnable> cleanups = new ArrayList<>();
    private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private SocketChannel control;
    private Thread controlReader;
    private Thread hangGuard;
    private String readyInfo;
    private volatile String failureReported;
    private volatile String killedBecause;
    private volatile long waitingSince;
    private boolean closed;

    private ChildProcess(String role, Process process, Path tempDir, Duration hangTimeout) {
        this.role = role;
        this.process = process;
        this.tempDir = tempDir;
        this.hangTimeout = hangTimeout;
    }

    /** Start {@code role} with {@code args}; wait at most {@code readyTimeout} for it to be ready. */
    public static ChildProcess start(Class<? extends ChildRole> role, List<String> args, Duration readyTimeout) {
        return builder(role).args(args).readyTimeout(readyTimeout).start();
    }

    public static Builder builder(Class<? extends ChildRole> role) {
        return new Builder(role);
    }

    /** Options of a child; defaults: no args, suite flags + -Xmx256m, ready 15 s, hang 20 s, no pinning. */
    public static final class Builder {
        private final Class<? extends ChildRole> role;
        private List<String> args = List.of();
        private final List<String> jvmFlags = new ArrayList<>(List.of("-Xmx256m"));
        private Duration readyTimeout = Duration.ofSeconds(15);
        private Duration hangTimeout = Duration.ofSeconds(20);
        private int cpu = -1;
        private byte[] stdinBytes;
        private final List<Path> deleteOnParentDeath = new ArrayList<>();

        private Builder(Class<? extends ChildRole> role) {
            this.role = Objects.requireNonNull(role, "role");
        }

        public Builder args(List<String> args) {
            this.args = List.copyOf(args);
            return this;
        }

        /** Extra JVM flags (the suite's own flags are always there). */
        public Builder jvmFlags(List<String> flags) {
            this.jvmFlags.addAll(flags);
            return this;
        }

        public Builder readyTimeout(Duration d) {
            this.readyTimeout = positive(d, "readyTimeout");
            return this;
        }

        public Builder hangTimeout(Duration d) {
            this.hangTimeout = positive(d, "hangTimeout");
            return this;
        }

        /** Pin every thread of the child to this CPU (Linux); -1 leaves it to the OS. */
        public Builder cpu(int cpu) {
            if (cpu < -1) {
                throw new IllegalArgumentException("cpu must be >= -1, got " + cpu);
            }
            this.cpu = cpu;
            return this;
        }

        /**
         * Bytes written to the child's stdin as soon as it starts (before the handshake): how a
         * secret reaches a child without a command line or a file. At most 4 KiB (fits a pipe buffer).
         */
        public Builder stdinBytes(byte[] bytes) {
            if (bytes.length > 4096) {
                throw new IllegalArgumentException("stdinBytes must be at most 4096 bytes, got " + bytes.length);
            }
            this.stdinBytes = bytes.clone();
            return this;
        }

        /**
         * Files outside the child's temp dir (e.g. a /dev/shm mapping) that the CHILD deletes if this
         * JVM dies first, even by SIGKILL; this JVM still deletes them itself on a normal close.
         */
        public Builder deleteOnParentDeath(Path file) {
            if (!file.getFileName().toString().startsWith(TempFiles.PREFIX)) {
                throw new IllegalArgumentException("deleteOnParentDeath: only sharebench- files, got " + file);
            }
            this.deleteOnParentDeath.add(file.toAbsolutePath());
            return this;
        }

        public ChildProcess start() {
            return ChildProcess.launch(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
            }
            return d;
        }
    }

    private static ChildProcess launch(Builder b) {
        Path dir = TempFiles.createPrivateDir("child");
        Path controlPath = dir.resolve("control.sock");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JvmFlags.list());
        cmd.addAll(b.jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        cmd.add(controlPath.toString());
        cmd.add(Integer.toString(b.cpu));
        cmd.add(b.role.getName());
        cmd.addAll(b.args);
        ChildProcess child = null;
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(controlPath));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.log").toFile());
            Path witness = PeerWitness.openDir();
            if (witness != null) {
                pb.environment().put(PeerWitness.ENV, witness.toString());
            }
            if (!b.deleteOnParentDeath.isEmpty()) {
                pb.environment().put(ChildMain.CLEANUP_ENV, String.join(java.io.File.pathSeparator,
                        b.deleteOnParentDeath.stream().map(Path::toString).toList()));
            }
            Process p = pb.start();
            child = new ChildProcess(b.role.getSimpleName(), p, dir, b.hangTimeout);
            LIVE.add(child);
            if (b.stdinBytes != null) {
                p.getOutputStream().write(b.stdinBytes);
                p.getOutputStream().flush();
            }
            child.handshake(server, b.readyTimeout);
            return child;
        } catch (IOException | RuntimeException | Error e) {
            if (child != null) {
                child.discard("start failed");
            } else {
                TempFiles.deleteTree(dir);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot start child " + b.role.getSimpleName(), io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
    }

    private void handshake(ServerSocketChannel server, Duration readyTimeout) throws IOException {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        server.configureBlocking(false);
        while ((control = server.accept()) == null) {
            if (!process.isAlive()) {
                throw failure("exited before connecting to its control socket", null);
            }
            if (System.nanoTime() > deadline) {
                throw failure("did not connect within " + readyTimeout.toMillis() + " ms", null);
            }
            sleepMillis(5);
        }
        control.configureBlocking(true);
        controlReader = new Thread(this::readControl, "sharebench-child-control-" + role);
        controlReader.setDaemon(true);
        controlReader.start();
        while (true) {
            long left = deadline - System.nanoTime();
            String m = poll(left);
            if (m == null) {
                throw failure("not ready within " + readyTimeout.toMillis() + " ms (hung in setup?)", null);
            } else if (m.startsWith("READY ")) {
                readyInfo = m.substring(6);
                break;
            } else if (m == EOF || m.startsWith("FAILED")) {
                throw failure("failed during setup", null);
            }
        }
        hangGuard = new Thread(this::guardHangs, "sharebench-child-hang-guard-" + role);
        hangGuard.setDaemon(true);
        hangGuard.start();
    }

    private void readControl() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(control), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("FAILED ")) {
                    failureReported = line.substring(7);
                }
                messages.add(line);
            }
        } catch (IOException e) {
            if (!closed) {
                messages.add("FAILED control socket: " + e);
            }
        } finally {
            messages.add(EOF);
        }
    }

    private void guardHangs() {
        while (!closed) {
            long since = waitingSince;
            if (since != 0 && System.nanoTime() - since > hangTimeout.toNanos()) {
                kill("no answer within " + hangTimeout.toMillis() + " ms while the parent waited (hung child?)");
                return;
            }
            sleepMillis(200); // coarse on purpose: it wakes 5 times a second beside spinning benchmarks
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** The info the role passed to {@link ChildContext#ready} (e.g. a port number). */
    public String readyInfo() {
        return readyInfo;
    }

    /** The child's stdin (buffered by the JDK: flush after every message). */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    /** This child's private 0700 temp dir, deleted on close; put sockets and fifos here. */
    public Path tempDir() {
        return tempDir;
    }

    public long pid() {
        return process.pid();
    }

    public String role() {
        return role;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Run {@code r} at close, before the temp dir is deleted (e.g. unlink a /dev/shm file). */
    public void onClose(Runnable r) {
        cleanups.add(r);
    }

    /** The parent is about to block on the child: arm the hang guard. */
    public void beginWait() {
        waitingSince = System.nanoTime();
    }

    public void endWait() {
        waitingSince = 0;
    }

    /** Ask the role to finish ({@link ChildContext#stopRequested()} becomes true). */
    public void requestStop() {
        send("STOP");
    }

    /** Ask the role to finish, then wait at most {@code timeout} for its REPORT line (e.g. what it counted). */
    public String stopAndAwaitReport(Duration timeout) {
        requestStop();
        return awaitReport(timeout);
    }

    /** The next REPORT line of the role, waiting at most {@code timeout}. */
    public String awaitReport(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String m = poll(deadline - System.nanoTime());
            if (m == null) {
                throw failure("sent no report within " + timeout.toMillis() + " ms", null);
            } else if (m.startsWith("REPORT ")) {
                return m.substring(7);
            } else if (m == EOF || m.startsWith("FAILED")) {
                messages.add(EOF);
                throw failure("ended before reporting", null);
            }
        }
    }

    /**
     * An exception that says what the parent was doing, and what happened to the child: still
     * running, killed by the guard, its exit code, its reported failure and the tail of its stderr.
     */
    public IllegalStateException failure(String doing, Throwable cause) {
        StringBuilder s = new StringBuilder("child ").append(role).append(" (pid ").append(process.pid()).append(") ").append(doing);
        if (killedBecause != null) {
            s.append("; killed: ").append(killedBecause);
        }
        try {
            // A broken pipe or socket is often seen before the exit is reaped: give it a moment
            // (not after a timeout, an InterruptedIOException: a hung child is alive and stays so).
            boolean brokenLink = cause != null && !(cause instanceof InterruptedIOException);
            if (process.waitFor(brokenLink ? 500 : 50, TimeUnit.MILLISECONDS)) {
                s.append("; exit code ").append(process.exitValue());
            } else {
                s.append("; still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            s.append("; (interrupted while checking its state)");
        }
        if (failureReported != null) {
            s.append("; role failed: ").append(failureReported);
        }
        s.append("; temp dir ").append(tempDir).append("; stderr tail: ").append(stderrTail());
        return new IllegalStateException(s.toString(), cause);
    }

    private String stderrTail() {
        Path log = tempDir.resolve("stderr.log");
        try {
            if (!Files.exists(log)) {
                return "(none)";
            }
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.isBlank() ? "(empty)" : all.substring(Math.max(0, all.length() - 2000)).strip();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Stop the child (STOP, then EOF on its control socket), kill it after 3 s, delete its files. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        IllegalStateException problem = null;
        try {
            if (process.isAlive()) {
                try {
                    send("STOP");
                } catch (IllegalStateException exitedMeanwhile) {
                    // The role ended by itself between isAlive and send: its exit code decides below.
                    System.err.println("sharebench: " + role + " exited before STOP: " + exitedMeanwhile.getMessage());
                }
            }
            closed = true;
            control.close();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                kill("did not exit within 3 s of STOP");
            }
            process.getOutputStream().close();
            process.getInputStream().close();
            String why = failureReported != null ? "reported a failure"
                    : killedBecause != null ? "was killed"
                    : process.exitValue() != ChildMain.EXIT_OK ? "exited abnormally" : null;
            if (why != null) {
                problem = failure(why, null);
            }
        } catch (IOException e) {
            problem = failure("could not be closed cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill("interrupted while closing");
        } finally {
            closed = true;
            if (hangGuard != null) {
                hangGuard.interrupt();
            }
            joinQuietly(hangGuard);
            joinQuietly(controlReader);
            for (Runnable r : cleanups) {
                r.run();
            }
            TempFiles.deleteTree(tempDir);
            LIVE.remove(this);
        }
        if (problem != null) {
            throw problem;
        }
    }

    private void kill(String why) {
        if (killedBecause == null) {
            killedBecause = why;
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A child that failed to start: kill it, release everything, delete its files. */
    private void discard(String why) {
        closed = true;
        kill(why);
        try {
            if (control != null) {
                control.close();
            }
            process.getOutputStream().close();
            process.getInputStream().close();
        } catch (IOException e) {
            System.err.println("sharebench: releasing a failed child's streams: " + e);
        } finally {
            joinQuietly(controlReader);
            TempFiles.deleteTree(tempDir);
            LIVE.remove(this);
        }
    }

    private synchronized void send(String line) {
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (b.hasRemaining()) {
                control.write(b);
            }
        } catch (IOException e) {
            throw failure("could not be sent " + line, e);
        }
    }

    private String poll(long nanos) {
        try {
            return nanos <= 0 ? messages.poll() : messages.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while the parent waited", e);
        }
    }

    private static void joinQuietly(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
