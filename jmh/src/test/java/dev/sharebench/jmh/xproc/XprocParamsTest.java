package dev.sharebench.jmh.xproc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.workload.CrossCounters;
import dev.sharebench.core.workload.Mechanisms;
import dev.sharebench.core.workload.RoundTrips;
import dev.sharebench.core.workload.SharedMaps;
import dev.sharebench.core.workload.Streams;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/* Every @Param value of the cross-process benchmarks is something the core factories accept. */
class XprocParamsTest {

    private static final Map<Class<?>, Set<String>> FACTORY = Map.of(
            RttBench.class, RoundTrips.FACTORY.aliases(),
            StreamBench.class, Streams.FACTORY.aliases(),
            XprocCounterBench.class, CrossCounters.FACTORY.aliases(),
            SharedMapBench.class, SharedMaps.FACTORY.aliases());
    private static final Set<String> VOCABULARY = Set.of("mechanism", "threads", "payloadBytes", "capacity", "batch",
            "waitStrategy", "holdTokens", "placement", "codec", "transport");

    @Test
    void mechanismsAreRegisteredAndSupportedByTheFactory() {
        FACTORY.forEach((bench, supported) -> {
            for (String alias : values(bench, "mechanism")) {
                assertTrue(Mechanisms.exists(alias), bench.getSimpleName() + ": " + alias + " not registered");
                assertTrue(supported.contains(alias), bench.getSimpleName() + ": " + alias + " not supported by its factory");
            }
        });
    }

    @Test
    void placementsAndCodecsAreKnown() {
        FACTORY.keySet().forEach(bench -> values(bench, "placement").forEach(Placement::of));
        values(SharedMapBench.class, "codec").forEach(c -> assertTrue(SharedMaps.CODECS.contains(c), c));
    }

    @Test
    void paramsUseTheFixedVocabularyAndTimingsAreExplicit() {
        for (Class<?> bench : FACTORY.keySet()) {
            for (Field f : bench.getDeclaredFields()) {
                if (f.isAnnotationPresent(Param.class)) {
                    assertTrue(VOCABULARY.contains(f.getName()), bench.getSimpleName() + "." + f.getName());
                }
            }
            assertNotNull(bench.getAnnotation(Warmup.class), bench.getSimpleName());
            assertNotNull(bench.getAnnotation(Measurement.class), bench.getSimpleName());
            assertNotNull(bench.getAnnotation(Fork.class), bench.getSimpleName());
        }
    }

    private static List<String> values(Class<?> bench, String field) {
        try {
            Field f = bench.getDeclaredField(field);
            String[] v = f.getAnnotation(Param.class).value();
            assertFalse(v.length == 0, bench.getSimpleName() + "." + field + " has no values");
            return List.of(v);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(bench.getSimpleName() + " has no @Param " + field, e);
        }
    }
}
