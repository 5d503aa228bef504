package dev.sharebench.core.workload;

import dev.sharebench.core.Family;
import dev.sharebench.core.Mechanism;
import dev.sharebench.core.UnknownMechanismException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry: every mechanism the suite measures, as the factories' registrations define it. Each
 * alias is defined once, by the registration that {@link MechanismRef#define defines} it, and
 * referred to by any other factory that also implements it ({@link MechanismRef#reuse}); so an alias
 * cannot exist in a factory without a family, a description and a classic idea, and adding an
 * in-process mechanism touches its implementation and one registration line.
 *
 * <p>Order ({@link #all()}, the {@code mechanisms} command, {@code mechanisms.json}, the report's
 * glossary): by {@link Family}, then by the order of {@link #factories()}, then by registration
 * order. The registry is built and checked at first use: every alias defined exactly once, every
 * reuse resolved (kebab-case is checked by {@link Mechanism} itself).
 */
public final class Mechanisms {

    // Classic ideas, the vocabulary of the textbook list of ways to share data.
    public static final String LOCK_GUARDED_GLOBAL = "lock-guarded global";
    public static final String BOUNDED_BLOCKING_QUEUE = "bounded blocking queue";
    public static final String THREAD_LOCAL_STATE = "thread-local state";
    public static final String GLOBAL_DICT_FOR_THREADS = "global dict/list handed to threads";
    public static final String SHARED_MEMORY_BLOCK = "shared-memory block";
    public static final String SHARED_VALUE_WITH_LOCK = "shared value with lock (across processes)";
    public static final String MANAGER_PROXY = "manager server with proxies";
    public static final String PIPE_OF_COPIES = "pipe/queue carrying copies";
    public static final String HARDWARE_FLOOR = "hardware floor (no mechanism)";

    private Mechanisms() {
    }

    /** Built on first use, so that a factory's class init never waits for the registry. */
    private static final class Registry {
        static final List<Factory<?, ?>> FACTORIES = List.of(Handoffs.FACTORY, Counters.FACTORY, Scratches.FACTORY,
                BulkArrays.FACTORY, Maps.FACTORY, Floors.FACTORY, CrossCounters.FACTORY, RoundTrips.FACTORY, Streams.FACTORY, SharedMaps.FACTORY);
        static final Map<String, Mechanism> BY_ALIAS = build(FACTORIES);
    }

    /** Every workload factory, in the fixed order that orders the registry within a family. */
    public static List<Factory<?, ?>> factories() {
        return Registry.FACTORIES;
    }

    /** Every mechanism, in registry order (see the class comment). */
    public static Collection<Mechanism> all() {
        return Registry.BY_ALIAS.values();
    }

    /** The mechanism with this alias, or an exception that names the alias and lists the known ones. */
    public static Mechanism get(String alias) {
        Mechanism m = Registry.BY_ALIAS.get(alias);
        if (m == null) {
            throw new UnknownMechanismException(alias, Registry.BY_ALIAS.keySet());
        }
        return m;
    }

    public static boolean exists(String alias) {
        return Registry.BY_ALIAS.containsKey(alias);
    }

    public static List<Mechanism> ofFamily(Family family) {
        return Registry.BY_ALIAS.values().stream().filter(m -> m.family() == family).toList();
    }

    /**
     * The registry of {@code factories}' definitions, in registry order.
     *
     * @throws IllegalStateException if an alias is defined twice or a reuse names no definition
     */
    static Map<String, Mechanism> build(List<Factory<?, ?>> factories) {
        Map<String, Mechanism> defined = new LinkedHashMap<>();
        Map<String, String> definedBy = new LinkedHashMap<>();
        for (Factory<?, ?> f : factories) {
            for (MechanismRef r : f.mechanisms()) {
                if (!r.defines()) {
                    continue;
                }
                String first = definedBy.putIfAbsent(r.alias(), f.contract());
                if (first != null) {
                    throw new IllegalStateException("mechanism '" + r.alias() + "' is defined by the " + first + " and the "
                            + f.contract() + " factory: define it once and reuse(\"" + r.alias() + "\") it elsewhere");
                }
                defined.put(r.alias(), r.definition());
            }
        }
        for (Factory<?, ?> f : factories) {
            for (MechanismRef r : f.mechanisms()) {
                if (!defined.containsKey(r.alias())) {
                    throw new IllegalStateException("the " + f.contract() + " factory reuses '" + r.alias()
                            + "', which no factory defines (defined: " + String.join(", ", defined.keySet()) + ")");
                }
            }
        }
        Map<String, Mechanism> ordered = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            defined.values().stream().filter(m -> m.family() == family).forEach(m -> ordered.put(m.alias(), m));
        }
        return Collections.unmodifiableMap(ordered);
    }
}
