package dev.sharebench.core.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JMH parameter values as the catalogue writes them: {@code Params.of("placement", "cross-cpu,same-cpu")}. */
public final class Params {

    private Params() {
    }

    /** Pairs of name and comma-separated values, in order. */
    public static Map<String, List<String>> of(String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("params come in name/value pairs: " + Arrays.toString(nameValues));
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            List<String> values = List.of(nameValues[i + 1].split(","));
            if (m.put(nameValues[i], values) != null) {
                throw new IllegalArgumentException("param " + nameValues[i] + " given twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** An unmodifiable copy that keeps the order and rejects empty value lists. */
    public static Map<String, List<String>> copy(Map<String, List<String>> in) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("param " + k + " has no values");
            }
            m.put(k, List.copyOf(v));
        });
        return Collections.unmodifiableMap(m);
    }
}
