package dev.sharebench.core.offheap;

import dev.sharebench.core.contract.BulkArray;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * {@code direct-buffer}: a direct {@link ByteBuffer} in native order, absolute {@code getLong}/
 * {@code putLong} at byte offset {@code 8 * index}. Int-indexed (at most 2 GiB); freed only when
 * the GC collects the buffer object, so {@link #close()} cannot release it.
 */
public final class DirectBufferBulkArray implements BulkArray {

    /** The most longs a direct ByteBuffer can hold: it is int-indexed. */
    public static final long MAX_LONGS = Integer.MAX_VALUE / Long.BYTES;

    private static final VarHandle LONG_VIEW = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final ByteBuffer buffer;
    private final int length;

    public DirectBufferBulkArray(long length) {
        if (length > MAX_LONGS) {
            throw new IllegalArgumentException("length " + length + " exceeds a direct ByteBuffer's " + MAX_LONGS + " longs");
        }
        this.length = (int) length;
        this.buffer = ByteBuffer.allocateDirect(this.length * Long.BYTES).order(ByteOrder.nativeOrder());
    }

    @Override
    public String alias() {
        return "direct-buffer";
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public long get(long index) {
        return buffer.getLong(byteOffset(index));
    }

    @Override
    public void set(long index, long value) {
        buffer.putLong(byteOffset(index), value);
    }

    @Override
    public void increment(long index) {
        int off = byteOffset(index);
        LONG_VIEW.setOpaque(buffer, off, (long) LONG_VIEW.getOpaque(buffer, off) + 1);
    }

    @Override
    public void addToRange(long from, long to, long delta) {
        Objects.checkFromToIndex(from, to, length);
        for (int off = (int) from * Long.BYTES, end = (int) to * Long.BYTES; off < end; off += Long.BYTES) {
            buffer.putLong(off, buffer.getLong(off) + delta);
        }
    }

    @Override
    public long sum(long from, long to) {
        Objects.checkFromToIndex(from, to, length);
        long s = 0;
        for (int off = (int) from * Long.BYTES, end = (int) to * Long.BYTES; off < end; off += Long.BYTES) {
            s += buffer.getLong(off);
        }
        return s;
    }

    private int byteOffset(long index) {
        return Math.toIntExact(Objects.checkIndex(index, length) * Long.BYTES);
    }

    @Override
    public void close() {
        // NOTE: nothing to do; a direct buffer's memory goes back when the buffer is collected.
    }
}
