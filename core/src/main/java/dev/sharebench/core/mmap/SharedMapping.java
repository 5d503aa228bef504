package dev.sharebench.core.mmap;

import dev.sharebench.core.process.TempFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file mapped into this process as a {@link MemorySegment} ({@code FileChannel.map} into a shared
 * {@link Arena}): the same physical pages in every process that maps it. The file lives in
 * {@code /dev/shm} (RAM) when possible and is named {@code sharebench-...}.
 *
 * <p>Header (first 64 bytes): {@code magic} at 0, {@code version} at 8. The first process to map the
 * file wins a CAS of magic 0 -> INITIALIZING, writes the version, then publishes MAGIC with a
 * release store; any later process (a late attach) waits for MAGIC and wipes nothing. Closing unmaps
 * and closes; the creator deletes the file (the child usually unlinks it earlier, right after
 * mapping, so nothing is left even if both processes are SIGKILLed).
 */
public final class SharedMapping implements AutoCloseable {

    public static final long MAGIC = 0x5348415245424E31L; // "SHAREBN1"
    private static final long INITIALIZING = 1;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    /** Files this JVM created and has not deleted yet: deleted by a shutdown hook if never closed. */
    private static final java.util.Set<Path> OWNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OWNED.forEach(p -> p.toFile().delete()), "sharebench-shm-reaper"));
    }

    private final Path path;
    private final Arena arena;
    private final FileChannel channel;
    private final MemorySegment segment;
    private final boolean owner;

    private SharedMapping(Path path, Arena arena, FileChannel channel, MemorySegment segment, boolean owner) {
        this.path = path;
        this.arena = arena;
        this.channel = channel;
        this.segment = segment;
        this.owner = owner;
    }

    /** A fresh file {@code <dir>/sharebench-<what>-p<pid>-<random>.shm}, 0600, sized and mapped. */
    public static SharedMapping create(Path dir, String what, long bytes, int version) {
        Path p = dir.resolve(TempFiles.prefix(what)
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".shm");
        try {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            OWNED.add(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared-memory file " + p, e);
        }
        try {
            return open(p, bytes, version, true);
        } catch (RuntimeException | Error e) {
            deleteOwned(p);
            throw e;
        }
    }

    /** Map an existing file (created by the peer); waits up to 5 s for its header. */
    public static SharedMapping attach(Path path, long bytes, int version) {
        return open(path, bytes, version, false);
    }

    private static SharedMapping open(Path path, long bytes, int version, boolean owner) {
        if (bytes < 64 || bytes % 64 != 0) {
            throw new IllegalArgumentException("mapping bytes must be a positive multiple of 64, got " + bytes);
        }
        Arena arena = Arena.ofShared();
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (ch.size() < bytes) {
                ch.write(java.nio.ByteBuffer.allocate(1), bytes - 1); // grow (sparse, zero-filled)
            }
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, bytes, arena);
            initOrJoin(seg, version, path);
            return new SharedMapping(path, arena, ch, seg, owner);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException("cannot map " + path, e);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    private static void initOrJoin(MemorySegment seg, int version, Path path) {
        if (LONG.compareAndSet(seg, 0L, 0L, INITIALIZING)) {
            INT.setRelease(seg, 8L, version);
            LONG.setRelease(seg, 0L, MAGIC);
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long magic;
        while ((magic = (long) LONG.getAcquire(seg, 0L)) != MAGIC) {
            if (magic != INITIALIZING && magic != 0) {
                throw new IllegalStateException(path + " is not a sharebench mapping (magic " + Long.toHexString(magic) + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + ": the creator never finished initializing the header");
            }
            Thread.onSpinWait();
        }
        int v = (int) INT.getAcquire(seg, 8L);
        if (v != version) {
            throw new IllegalStateException(path + ": layout version " + v + ", expected " + version);
        }
    }

    public MemorySegment segment() {
        return segment;
    }

    public Path path() {
        return path;
    }

    public FileChannel channel() {
        return channel;
    }

    /** Remove the name; the pages live on while mapped. Safe to call twice and from both sides. */
    public void unlink() {
        deleteOwned(path);
    }

    private static void deleteOwned(Path p) {
        try {
            Files.deleteIfExists(p);
            OWNED.remove(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }

    @Override
    public void close() {
        try {
            arena.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        } finally {
            if (owner) {
                unlink();
            }
        }
    }
}
