package dev.sharebench.core.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * What a peer process saw, told to the proof harness through a channel no mechanism owns. While a
 * witness is open in the parent, every child JVM it starts ({@link ChildProcess}) finds a folder in
 * its environment and adds its counts to a file of its own there ({@code <pid>.seen}, one long per
 * {@link Seen}); the harness sums the files. A proof compares these counts with what the mechanism
 * under test claims, so a caller that computes the peer's answer itself, or a mechanism whose own
 * check lies about what arrived, cannot make them agree.
 *
 * <p>Outside a witness (the benchmarks) {@link #add} is one test of a static final field that is null.
 * The counts are added atomically in a shared mapping, before the peer answers: by the time the
 * parent has the answer, the count is in the file, even if the child is killed at once.
 */
public final class PeerWitness implements AutoCloseable {

    /** What a peer counts. */
    public enum Seen {
        /** Requests the peer answered (a round trip's reply, a manager server's reply). */
        SERVED,
        /** What the peer itself added to a shared counter. */
        ADDED,
        /** Stream messages the peer received and checked intact. */
        VERIFIED;

        long offset() {
            return (long) ordinal() * Long.BYTES;
        }
    }

    /** Environment variable naming the witness folder of a child started inside a witness. */
    static final String ENV = "SHAREBENCH_PEER_WITNESS";
    private static final long FILE_BYTES = (long) Seen.values().length * Long.BYTES;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final Path CHILD_DIR = childDir();
    private static volatile MemorySegment childCounts;
    private static volatile PeerWitness open;

    private final Path dir;

    private PeerWitness(Path dir) {
        this.dir = dir;
    }

    // --- the child's side ------------------------------------------------------------------------

    /** In a child started inside a witness, adds {@code n} to its count of {@code what}; otherwise does nothing. */
    public static void add(Seen what, long n) {
        if (CHILD_DIR != null) {
            LONG.getAndAdd(counts(), what.offset(), n);
        }
    }

    private static Path childDir() {
        String d = System.getenv(ENV);
        return d == null || d.isEmpty() ? null : Path.of(d);
    }

    private static MemorySegment counts() {
        MemorySegment c = childCounts;
        if (c == null) {
            synchronized (PeerWitness.class) {
                if ((c = childCounts) == null) {
                    childCounts = c = map(CHILD_DIR.resolve(ProcessHandle.current().pid() + ".seen"));
                }
            }
        }
        return c;
    }

    private static MemorySegment map(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return ch.map(FileChannel.MapMode.READ_WRITE, 0, FILE_BYTES, Arena.global());
        } catch (IOException e) {
            throw new UncheckedIOException("peer witness: cannot map " + file, e);
        }
    }

    // --- the harness's side ----------------------------------------------------------------------

    /**
     * Opens a witness: children started from now until {@link #close} count what they see. One at a
     * time (the proofs run one after another).
     */
    public static synchronized PeerWitness open() {
        if (open != null) {
            throw new IllegalStateException("a peer witness is already open: " + open.dir);
        }
        open = new PeerWitness(TempFiles.createPrivateDir("witness"));
        return open;
    }

    /* The folder children started now must count into, or null (ChildProcess puts it in their environment). */
    static Path openDir() {
        PeerWitness w = open;
        return w == null ? null : w.dir;
    }

    /** The sum of {@code what} over every child started inside this witness, as counted so far. */
    public long total(Seen what) {
        try (Stream<Path> files = Files.list(dir)) {
            long sum = 0;
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".seen")).toList()) {
                sum += read(f, what);
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException("peer witness: cannot read " + dir, e);
        }
    }

    private static long read(Path file, Seen what) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder());
            ch.read(b, what.offset());
            return b.hasRemaining() ? 0 : b.getLong(0); // a file not yet grown to full size: nothing counted
        }
    }

    @Override
    public void close() {
        synchronized (PeerWitness.class) {
            if (open == this) {
                open = null;
            }
        }
        TempFiles.deleteTree(dir);
    }
}
