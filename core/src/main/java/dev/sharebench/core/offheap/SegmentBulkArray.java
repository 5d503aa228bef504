package dev.sharebench.core.offheap;

import dev.sharebench.core.contract.BulkArray;
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
import java.util.Objects;

/**
 * {@code offheap-segment} and {@code mapped-segment}: a {@link MemorySegment} of a shared
 * {@link Arena}, either allocated (malloc'd, zeroed) or mapped from a {@code sharebench-} temp file
 * ({@code FileChannel.map}, page cache backed). Same access code for both: the difference is what
 * backs the pages. Closing the arena unmaps or frees; the temp file is deleted on close.
 */
public final class SegmentBulkArray implements BulkArray {

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final VarHandle LONG_HANDLE = LONG.varHandle();

    private final String alias;
    private final Arena arena;
    private final MemorySegment segment;
    private final long length;
    private final Path file; // null unless mapped

    private SegmentBulkArray(String alias, Arena arena, MemorySegment segment, long length, Path file) {
        this.alias = alias;
        this.arena = arena;
        this.segment = segment;
        this.length = length;
        this.file = file;
    }

    public static SegmentBulkArray allocate(long length) {
        Arena arena = Arena.ofShared();
        return new SegmentBulkArray("offheap-segment", arena, arena.allocate(LONG, length), length, null);
    }

    public static SegmentBulkArray mapTempFile(long length) {
        Path file = null;
        Arena arena = Arena.ofShared();
        try {
            file = Files.createTempFile(TempFiles.prefix("bulk"), ".bin");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // The mapping stays valid after the channel closes; the arena owns it.
                MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, length * Long.BYTES, arena);
                return new SegmentBulkArray("mapped-segment", arena, seg, length, file);
            }
        } catch (IOException | RuntimeException e) {
            arena.close();
            deleteQuietlyAfter(file, e);
            throw e instanceof IOException io ? new UncheckedIOException("mapped-segment: cannot map a temp file of "
                    + length + " longs", io) : (RuntimeException) e;
        }
    }

    private static void deleteQuietlyAfter(Path file, Exception cause) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public long get(long index) {
        return segment.getAtIndex(LONG, index);
    }

    @Override
    public void set(long index, long value) {
        segment.setAtIndex(LONG, index, value);
    }

    @Override
    public void increment(long index) {
        long off = Objects.checkIndex(index, length) * Long.BYTES;
        LONG_HANDLE.setOpaque(segment, off, (long) LONG_HANDLE.getOpaque(segment, off) + 1);
    }

    @Override
    public void addToRange(long from, long to, long delta) {
        Objects.checkFromToIndex(from, to, length);
        for (long i = from; i < to; i++) {
            segment.setAtIndex(LONG, i, segment.getAtIndex(LONG, i) + delta);
        }
    }

    @Override
    public long sum(long from, long to) {
        Objects.checkFromToIndex(from, to, length);
        long s = 0;
        for (long i = from; i < to; i++) {
            s += segment.getAtIndex(LONG, i);
        }
        return s;
    }

    @Override
    public void close() {
        arena.close();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(alias + ": cannot delete " + file, e);
            }
        }
    }
}
