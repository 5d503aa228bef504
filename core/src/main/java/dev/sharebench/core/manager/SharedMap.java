package dev.sharebench.core.manager;

import java.util.List;
import java.util.Map;

/** A map held by the manager server; through a proxy every call is one request/reply round trip. */
public interface SharedMap {
    Object get(Object key);

    Object put(Object key, Object value);

    int size();

    /** Batched read: one round trip for many keys; values in key order (null where absent). */
    List<Object> getAll(List<?> keys);

    /** Batched write: one round trip for many entries. */
    void putAll(Map<?, ?> entries);
}
