package dev.sharebench.core.manager;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default codec: a tag byte per value, big-endian numbers, length-prefixed UTF-8 and bytes.
 *
 * <pre>
 *   call  = string(object) string(method) u8(argc) value*
 *   value = 0 (null) | 1 i64 | 2 i32 | 3 string | 4 i32 bytes | 5 bool | 6 i32 value* (list) | 7 i32 (value value)* (map)
 *   string = i32 length, UTF-8 bytes
 * </pre>
 *
 * Decoding checks every count against the bytes left before allocating, and nests at most
 * {@value #MAX_DEPTH} deep: a hostile frame cannot make the server allocate more than the frame.
 */
public final class BinaryCodec implements Codec {

    static final byte ID = 1;
    private static final int MAX_DEPTH = 8;
    private static final byte NULL = 0, LONG = 1, INT = 2, STRING = 3, BYTES = 4, BOOL = 5, LIST = 6, MAP = 7;

    @Override
    public byte id() {
        return ID;
    }

    @Override
    public String alias() {
        return "binary";
    }

    @Override
    public void writeCall(Call call, ByteBuffer out) {
        try {
            putString(out, call.object());
            putString(out, call.method());
            Object[] args = call.args() == null ? new Object[0] : call.args();
            out.put((byte) args.length);
            for (Object a : args) {
                put(out, a, 0);
            }
        } catch (BufferOverflowException e) {
            throw new FrameTooLargeException("call " + call.object() + "." + call.method() + " exceeds the maximum frame length", e);
        }
    }

    @Override
    public Call readCall(ByteBuffer in) {
        try {
            String object = getString(in);
            String method = getString(in);
            int argc = in.get() & 0xFF;
            Object[] args = new Object[Math.min(argc, in.remaining())];
            if (args.length != argc) {
                throw new MalformedFrameException("argc " + argc + " larger than the frame", null);
            }
            for (int i = 0; i < argc; i++) {
                args[i] = get(in, 0);
            }
            requireConsumed(in);
            return new Call(object, method, args);
        } catch (BufferUnderflowException e) {
            throw new MalformedFrameException("truncated call", e);
        }
    }

    @Override
    public void writeValue(Object value, ByteBuffer out) {
        try {
            put(out, value, 0);
        } catch (BufferOverflowException e) {
            throw new FrameTooLargeException("value exceeds the maximum frame length", e);
        }
    }

    @Override
    public Object readValue(ByteBuffer in) {
        try {
            Object v = get(in, 0);
            requireConsumed(in);
            return v;
        } catch (BufferUnderflowException e) {
            throw new MalformedFrameException("truncated value", e);
        }
    }

    private static void put(ByteBuffer b, Object v, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH);
        }
        switch (v) {
            case null -> b.put(NULL);
            case Long l -> b.put(LONG).putLong(l);
            case Integer i -> b.put(INT).putInt(i);
            case String s -> putString(b.put(STRING), s);
            case byte[] a -> b.put(BYTES).putInt(a.length).put(a);
            case Boolean z -> b.put(BOOL).put((byte) (z ? 1 : 0));
            case List<?> l -> {
                b.put(LIST).putInt(l.size());
                for (Object o : l) {
                    put(b, o, depth + 1);
                }
            }
            case Map<?, ?> m -> {
                b.put(MAP).putInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    put(b, e.getKey(), depth + 1);
                    put(b, e.getValue(), depth + 1);
                }
            }
            default -> throw new IllegalArgumentException("binary codec cannot encode " + v.getClass().getName()
                    + " (supported: null, Long, Integer, String, byte[], Boolean, List, Map)");
        }
    }

    private static Object get(ByteBuffer b, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedFrameException("value nested deeper than " + MAX_DEPTH, null);
        }
        byte tag = b.get();
        return switch (tag) {
            case NULL -> null;
            case LONG -> b.getLong();
            case INT -> b.getInt();
            case STRING -> getString(b);
            case BYTES -> {
                byte[] a = new byte[count(b, 1)];
                b.get(a);
                yield a;
            }
            case BOOL -> b.get() != 0;
            case LIST -> {
                int n = count(b, 1);
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(get(b, depth + 1));
                }
                yield l;
            }
            case MAP -> {
                int n = count(b, 2);
                Map<Object, Object> m = HashMap.newHashMap(n);
                for (int i = 0; i < n; i++) {
                    m.put(get(b, depth + 1), get(b, depth + 1));
                }
                yield m;
            }
            default -> throw new MalformedFrameException("unknown value tag " + tag, null);
        };
    }

    /** A count of elements of at least {@code minBytes} each, checked against the bytes left. */
    private static int count(ByteBuffer b, int minBytes) {
        int n = b.getInt();
        if (n < 0 || (long) n * minBytes > b.remaining()) {
            throw new MalformedFrameException("count " + n + " does not fit in the " + b.remaining() + " bytes left", null);
        }
        return n;
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(u.length).put(u);
    }

    private static String getString(ByteBuffer b) {
        int n = count(b, 1);
        String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    private static void requireConsumed(ByteBuffer in) {
        if (in.hasRemaining()) {
            throw new MalformedFrameException(in.remaining() + " trailing bytes", null);
        }
    }
}
