package dev.sharebench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.BulkArrays;
import dev.sharebench.core.workload.Carriers;
import dev.sharebench.core.workload.Counters;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.core.workload.Mechanisms;
import dev.sharebench.core.workload.Scratches;
import dev.sharebench.jmh.floor.FloorBench;
import dev.sharebench.jmh.lock.CounterBench;
import dev.sharebench.jmh.offheap.BulkArrayBench;
import dev.sharebench.jmh.queue.HandoffBench;
import dev.sharebench.jmh.queue.HandoffLatencyBench;
import dev.sharebench.jmh.threadlocal.ScratchBench;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/*
 * The benchmarks' @Param values, read reflectively, against the core factories: every mechanism a
 * benchmark names must be creatable by its workload's factory (with each wait strategy the same
 * state pairs it with), and every alias a factory supports must appear in its benchmark, so the
 * results always hold every alias of the workload. Param names must come from the suite's fixed
 * vocabulary, so reports can stay generic.
 */
class InProcessParamsTest {

    // The suite's fixed @Param vocabulary, plus `carrier` (platform/virtual), which the workload-3
    // brief asks for by that name.
    private static final Set<String> VOCABULARY = Set.of("mechanism", "threads", "payloadBytes", "capacity", "batch",
            "waitStrategy", "holdTokens", "placement", "codec", "transport", "carrier");

    private static final List<Class<?>> BENCH_CLASSES = List.of(CounterBench.class, HandoffBench.class,
            HandoffLatencyBench.class, ScratchBench.class, BulkArrayBench.class, FloorBench.class);

    static List<String> values(Class<?> state, String name) {
        try {
            Field f = state.getField(name);
            Param p = f.getAnnotation(Param.class);
            if (p == null) {
                throw new AssertionError(state.getName() + "." + name + " has no @Param");
            }
            return Arrays.asList(p.value());
        } catch (NoSuchFieldException e) {
            throw new AssertionError(state.getName() + " has no public @Param field " + name, e);
        }
    }

    @Test
    void counterBenchCoversExactlyTheCounterFactory() {
        assertEquals(Set.copyOf(Counters.FACTORY.aliases()), Set.copyOf(values(CounterBench.class, "mechanism")));
        values(CounterBench.class, "holdTokens").forEach(v -> assertTrue(Integer.parseInt(v) >= 0, v));
    }

    @Test
    void handoffBenchesPairOnlySupportedWaitStrategies() {
        for (Class<?> bench : List.of(HandoffBench.class, HandoffLatencyBench.class)) {
            Set<String> covered = new LinkedHashSet<>();
            for (String state : List.of("Polling", "Blocking")) {
                Class<?> s = nested(bench, state);
                for (String m : values(s, "mechanism")) {
                    for (String w : values(s, "waitStrategy")) {
                        assertTrue(Handoffs.FACTORY.supports(m, WaitStrategy.of(w)),
                                bench.getSimpleName() + "." + state + ": " + m + " cannot wait with " + w);
                    }
                    covered.add(m);
                }
                for (String c : values(s, "capacity")) {
                    int cap = Integer.parseInt(c);
                    assertTrue(cap >= 2 && Integer.bitCount(cap) == 1, bench.getSimpleName() + " capacity " + c);
                }
            }
            assertEquals(Set.copyOf(Handoffs.FACTORY.aliases()), covered, bench.getSimpleName() + " must cover every handoff alias");
        }
    }

    @Test
    void everyPollingMechanismRunsEveryPollingStrategy() {
        // The reverse direction: nothing that could run is left out of a group.
        for (Class<?> bench : List.of(HandoffBench.class, HandoffLatencyBench.class)) {
            for (String state : List.of("Polling", "Blocking")) {
                Class<?> s = nested(bench, state);
                List<String> waits = values(s, "waitStrategy");
                for (String alias : Handoffs.FACTORY.aliases()) {
                    boolean all = waits.stream().allMatch(w -> Handoffs.FACTORY.supports(alias, WaitStrategy.of(w)));
                    assertEquals(all, values(s, "mechanism").contains(alias), bench.getSimpleName() + "." + state + " and " + alias);
                }
            }
        }
    }

    @Test
    void scratchAndBulkBenchesCoverTheirFactories() {
        for (String state : List.of("Direct", "Carried")) {
            assertEquals(List.copyOf(Scratches.FACTORY.aliases()), values(nested(ScratchBench.class, state), "mechanism"), state);
        }
        assertEquals(Carriers.names(), values(nested(ScratchBench.class, "Carried"), "carrier"));
        for (String state : List.of("Bulk", "Slots")) {
            assertEquals(List.copyOf(BulkArrays.FACTORY.aliases()), values(nested(BulkArrayBench.class, state), "mechanism"), state);
        }
    }

    @Test
    void everyParamIsAnInProcessRegisteredAliasOrVocabulary() {
        for (Class<?> bench : BENCH_CLASSES) {
            for (Class<?> c : withNested(bench)) {
                for (Field f : c.getFields()) {
                    if (f.getAnnotation(Param.class) == null) {
                        continue;
                    }
                    assertTrue(VOCABULARY.contains(f.getName()), c.getName() + ": @Param " + f.getName() + " is not in the vocabulary");
                    if (f.getName().equals("mechanism")) {
                        for (String alias : values(c, "mechanism")) {
                            assertTrue(Mechanisms.get(alias).family().inProcess(), alias + " in " + c.getName());
                        }
                    }
                }
            }
        }
        assertFalse(values(FloorBench.class, "mechanism").isEmpty());
    }

    @Test
    void everyInProcessAliasIsMeasuredSomewhere() {
        Set<String> measured = new LinkedHashSet<>();
        for (Class<?> bench : BENCH_CLASSES) {
            for (Class<?> c : withNested(bench)) {
                if (Arrays.stream(c.getFields()).anyMatch(f -> f.getName().equals("mechanism") && f.getAnnotation(Param.class) != null)) {
                    measured.addAll(values(c, "mechanism"));
                }
            }
        }
        for (var m : Mechanisms.all()) {
            if (m.family().inProcess()) {
                assertTrue(measured.contains(m.alias()), m.alias() + " is registered in-process but no benchmark measures it");
            }
        }
    }

    private static Collection<Class<?>> withNested(Class<?> bench) {
        List<Class<?>> all = new java.util.ArrayList<>(List.of(bench));
        all.addAll(Arrays.asList(bench.getClasses()));
        return all;
    }

    private static Class<?> nested(Class<?> outer, String simpleName) {
        return Arrays.stream(outer.getClasses()).filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new AssertionError(outer.getName() + " has no public nested " + simpleName));
    }
}
