package dev.sharebench.core.wire;

import java.io.ObjectInputFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ObjectInputFilter} of every Java-serialization reader in the suite, one instance per
 * stream ({@link #forOneStream}): an ALLOWLIST of the value types that cross a process boundary, with
 * limits that hold for one message. Any other class is refused before it is instantiated, so a
 * deserialization gadget chain cannot run; and {@link #rejection()} says what was refused and why,
 * for the error message.
 *
 * <pre>
 *   classes     Long, Integer, Number, Boolean, String, ArrayList, HashMap (and the Map.Entry[] of
 *               its table), List.of / Map.of (java.util.CollSer and the ImmutableCollections it
 *               reads back as), Object, plus a protocol's own types
 *   arrays      of a primitive or an allowed class, any number of dimensions; all arrays of one
 *               message together decode to at most MAX_ARRAY_BYTES = 1 MiB (length x element size:
 *               1 byte for byte/boolean ... 8 for long/double, 8 per reference). So long[] 131,072,
 *               String[] or Object[] 131,072, byte[] 1,048,576 elements at most, fewer if the
 *               message holds other arrays (an ArrayList's or a HashMap's inside count too)
 *   bytes       MAX_BYTES = 1 MiB read at any check
 *   depth       MAX_DEPTH = 16 nested objects
 *   references  MAX_REFERENCES = 262,144 references read (every element of a reference array
 *               counts, nulls too): a longest reference array and as many objects in it
 * </pre>
 *
 * Why the array bound is on decoded bytes per message: a reader allocates an array as soon as it
 * reads its length, before its elements arrive, so a few bytes can declare a long[] of 8 MiB; with
 * arrays nested 16 deep, 16 of them. Bounding the sum by the 1 MiB frame cap of the transports
 * keeps what a message can make the reader allocate to about what the message may carry.
 */
public final class SerialAllowlist implements ObjectInputFilter {

    public static final long MAX_BYTES = 1 << 20;
    public static final long MAX_ARRAY_BYTES = 1 << 20;
    public static final long MAX_DEPTH = 16;
    public static final long MAX_REFERENCES = 262_144;
    private static final int REFERENCE_BYTES = 8;
    private static final Set<String> VALUE_TYPES = Set.of(Long.class.getName(), Integer.class.getName(), Number.class.getName(),
            Boolean.class.getName(), String.class.getName(), ArrayList.class.getName(), HashMap.class.getName(),
            Map.Entry.class.getName(), Object.class.getName(),
            // List.of and Map.of travel as a CollSer, which reads back as one of these:
            "java.util.CollSer", "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
            "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN");

    private final Set<String> allowed;
    private long arrayBytes;
    private String rejection;

    private SerialAllowlist(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** A filter for ONE stream (it adds up that stream's arrays): the value types plus {@code protocolTypes}. */
    public static SerialAllowlist forOneStream(Class<?>... protocolTypes) {
        Set<String> names = new LinkedHashSet<>(VALUE_TYPES);
        for (Class<?> c : protocolTypes) {
            names.add(c.getName());
        }
        return new SerialAllowlist(names);
    }

    /** What this filter refused and why, or null if it refused nothing. */
    public String rejection() {
        return rejection;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return reject("objects nested " + info.depth() + " deep; the limit is " + MAX_DEPTH);
        }
        if (info.references() > MAX_REFERENCES) {
            return reject(info.references() + " references in one message; the limit is " + MAX_REFERENCES);
        }
        if (info.streamBytes() > MAX_BYTES) {
            return reject(info.streamBytes() + " bytes in one message; the limit is " + MAX_BYTES);
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return Status.UNDECIDED; // a check of the limits alone, done above
        }
        Class<?> element = c;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (!element.isPrimitive() && !allowed.contains(element.getName())) {
            return reject(c.getTypeName() + " is not on the allowlist (allowed: primitives and " + String.join(", ", allowed) + ")");
        }
        if (info.arrayLength() >= 0) {
            arrayBytes += info.arrayLength() * elementBytes(c.getComponentType());
            if (arrayBytes > MAX_ARRAY_BYTES) {
                return reject(c.getTypeName() + " of " + info.arrayLength() + " elements: the arrays of one message may decode to at most "
                        + MAX_ARRAY_BYTES + " bytes (length x element size, " + REFERENCE_BYTES + " per reference); with it, this one's take "
                        + arrayBytes);
            }
        }
        return Status.ALLOWED;
    }

    private Status reject(String why) {
        if (rejection == null) {
            rejection = why;
        }
        return Status.REJECTED;
    }

    private static int elementBytes(Class<?> component) {
        if (!component.isPrimitive()) {
            return REFERENCE_BYTES;
        } else if (component == byte.class || component == boolean.class) {
            return 1;
        } else if (component == short.class || component == char.class) {
            return 2;
        } else if (component == int.class || component == float.class) {
            return 4;
        }
        return 8; // long, double
    }
}
