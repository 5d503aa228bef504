package dev.sharebench.core.offheap;

import dev.sharebench.core.contract.BulkArray;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/** {@code heap-array}: a plain {@code long[]}; the GC owns it, bounds checks are hoisted by C2. */
public final class HeapBulkArray implements BulkArray {

    private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] data;

    public HeapBulkArray(int length) {
        this.data = new long[length];
    }

    @Override
    public String alias() {
        return "heap-array";
    }

    @Override
    public long length() {
        return data.length;
    }

    @Override
    public long get(long index) {
        return data[Math.toIntExact(index)];
    }

    @Override
    public void set(long index, long value) {
        data[Math.toIntExact(index)] = value;
    }

    @Override
    public void increment(long index) {
        int i = Math.toIntExact(index);
        ELEMENT.setOpaque(data, i, (long) ELEMENT.getOpaque(data, i) + 1);
    }

    @Override
    public void addToRange(long from, long to, long delta) {
        Objects.checkFromToIndex(from, to, data.length);
        for (int i = (int) from; i < (int) to; i++) {
            data[i] += delta;
        }
    }

    @Override
    public long sum(long from, long to) {
        Objects.checkFromToIndex(from, to, data.length);
        long s = 0;
        for (int i = (int) from; i < (int) to; i++) {
            s += data[i];
        }
        return s;
    }

    @Override
    public void close() {
    }
}
