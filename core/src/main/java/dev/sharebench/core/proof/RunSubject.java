package dev.sharebench.core.proof;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an outcome of a per-alias record is about: a registered alias, and the setup it ran with when
 * the record ran the alias more than one way (the benchmark {@code @Param} values that change what
 * runs, by the benchmark's own names, e.g. {@code waitStrategy=spin}). Written as the outcome id's
 * subject, before {@code ": "}:
 *
 * <pre>
 *   "long-adder: ok"                                   alias long-adder, no setup
 *   "disruptor [waitStrategy=spin]: wrong"             alias disruptor, waitStrategy=spin
 *   "cache-line-pingpong [layout=one-line, pause=on, placement=cross-cpu]: ok"
 * </pre>
 *
 * An id without {@code ": "} ({@code "1"}, {@code "lost"}) names no subject.
 *
 * @param alias  the registered alias
 * @param params the setup, in order (empty: the alias's one way)
 */
public record RunSubject(String alias, Map<String, String> params) {

    private static final String SEPARATOR = ": ";

    public RunSubject {
        if (alias == null || alias.isBlank() || alias.contains(" ")) {
            throw new IllegalArgumentException("a subject's alias must be one word, was '" + alias + "'");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code alias} with the setup {@code k1, v1, k2, v2, ...}. */
    public static RunSubject of(String alias, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues come in pairs: " + String.join(", ", keyValues));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return new RunSubject(alias, params);
    }

    /** The subject outcome id {@code id} names, or empty for an id that names none. */
    public static Optional<RunSubject> ofOutcome(String id) {
        int end = id.indexOf(SEPARATOR);
        if (end < 0) {
            return Optional.empty();
        }
        String subject = id.substring(0, end);
        int open = subject.indexOf(" [");
        if (open < 0) {
            return subject.isEmpty() || subject.contains(" ") ? Optional.empty() : Optional.of(new RunSubject(subject, Map.of()));
        }
        if (open == 0 || subject.substring(0, open).contains(" ") || !subject.endsWith("]")) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : subject.substring(open + 2, subject.length() - 1).split(", ")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return Optional.of(new RunSubject(subject.substring(0, open), params));
    }

    /** The outcome id {@code "<this subject>: <what>"}. */
    public String outcome(String what) {
        return this + SEPARATOR + what;
    }

    /** The setup as {@code "k=v, k=v"}, or "" for none. */
    public String setup() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return params.isEmpty() ? alias : alias + " [" + setup() + "]";
    }
}
