package dev.sharebench.core.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Big-endian longs in byte arrays, without allocation. */
public final class Bytes {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Bytes() {
    }

    public static void putLong(byte[] b, int off, long v) {
        LONG.set(b, off, v);
    }

    public static long getLong(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }
}
