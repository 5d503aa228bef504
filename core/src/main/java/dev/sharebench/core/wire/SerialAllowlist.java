package dev.sharebench.core.wire;

import java.io.ObjectInputFilter;

/**
 * The {@link ObjectInputFilter} of every Java-serialization reader in the suite: an ALLOWLIST of the
 * value types that cross a process boundary (numbers, booleans, lists, maps), with bounded depth,
 * references, array lengths and bytes (arrays are matched by their element type). Any other class is
 * rejected before it is instantiated, so a deserialization gadget chain cannot run.
 */
public final class SerialAllowlist {

    private static final String LIMITS = "maxdepth=16;maxrefs=100000;maxarray=1048576;maxbytes=1048576;";
    private static final String VALUE_TYPES = "java.lang.Long;java.lang.Integer;java.lang.Number;java.lang.Boolean;"
            + "java.util.ArrayList;java.util.HashMap;java.util.Map$Entry;java.util.CollSer;java.lang.Object;";

    /** The value types alone: what a process queue carries. */
    public static final ObjectInputFilter VALUES = allowing();

    private SerialAllowlist() {
    }

    /** The value types plus {@code protocolTypes} (e.g. a protocol's own call record); nothing else. */
    public static ObjectInputFilter allowing(Class<?>... protocolTypes) {
        StringBuilder pattern = new StringBuilder(LIMITS);
        for (Class<?> c : protocolTypes) {
            pattern.append(c.getName()).append(';');
        }
        return ObjectInputFilter.Config.createFilter(pattern.append(VALUE_TYPES).append("!*").toString());
    }
}
