package dev.sharebench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Mechanism;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Space;
import dev.sharebench.core.catalog.Stage;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.core.workload.Mechanisms;
import dev.sharebench.core.workload.SharedMaps;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Aliases exist in one place: the factories' registrations. This test holds the rest to that, in
 * both directions:
 *  - benchmark -> registry: no benchmark types an alias (every mechanism @Param is @Param({}), the
 *    catalogue gives the values), every alias a workload measures is registered, in the right
 *    family for the workload's stage, and pairs only with wait strategies it supports;
 *  - registry -> benchmark: every registered alias is measured by some workload, and every alias a
 *    workload's factory offers is measured by it or listed as a deliberate exclusion, with a reason.
 * Param names come from the suite's fixed vocabulary, so the reports stay generic. writePercent
 * (MapBench's share of puts among gets) joined it with issue 13: no existing word means an
 * operation mix, and a number says more than "read-mostly" in a report's column. layout and pause
 * (FloorBench, issue 10) are the C floor reference's flags: a variant must read the same on both sides.
 */
class BenchParamsTest {

    private static final Set<String> VOCABULARY = Set.of("mechanism", "threads", "payloadBytes", "capacity", "batch",
            "waitStrategy", "holdTokens", "placement", "codec", "transport", "carrier", "writePercent", "layout", "pause");

    @Test
    void noBenchmarkTypesAnAlias() {
        for (Workload w : Workloads.ALL) {
            for (Field f : paramFields(w)) {
                if (f.getName().equals("mechanism")) {
                    assertEquals(0, f.getAnnotation(Param.class).value().length,
                            f.getDeclaringClass().getName() + ".mechanism must be @Param({}): its values come from the catalogue");
                }
            }
        }
    }

    @Test
    void paramNamesComeFromTheVocabularyAndTimingsAreExplicit() {
        for (Workload w : Workloads.ALL) {
            for (Field f : paramFields(w)) {
                assertTrue(VOCABULARY.contains(f.getName()), f.getDeclaringClass().getName() + ": @Param " + f.getName() + " is not in the vocabulary");
            }
            Class<?> bench = benchClass(w);
            assertNotNull(bench.getAnnotation(Warmup.class), w.name() + " sets its own @Warmup");
            assertNotNull(bench.getAnnotation(Measurement.class), w.name() + " sets its own @Measurement");
            assertNotNull(bench.getAnnotation(Fork.class), w.name() + " sets its own @Fork");
        }
    }

    @Test
    void everyMeasuredAliasIsRegisteredInAFamilyOfItsStage() {
        for (Workload w : Workloads.ALL) {
            for (String alias : w.mechanisms()) {
                Mechanism m = Mechanisms.get(alias);
                if (w.stage() == Stage.IN_PROCESS) {
                    assertTrue(m.family().inProcess(), w.name() + " is in-process but measures " + alias + " (" + m.family().id() + ")");
                }
            }
        }
    }

    @Test
    void everyAliasAFactoryOffersIsMeasuredOrExcludedWithAReason() {
        for (Workload w : Workloads.ALL) {
            Set<String> measuredOrExcluded = new LinkedHashSet<>(w.mechanisms());
            w.exclusions().forEach((alias, why) -> {
                assertFalse(why.isBlank(), w.name() + ": exclusion of " + alias + " needs a reason");
                assertTrue(w.spaces().stream().anyMatch(s -> s.supported().contains(alias)),
                        w.name() + " excludes " + alias + ", which none of its factories offers");
            });
            measuredOrExcluded.addAll(w.exclusions().keySet());
            for (Space s : w.spaces()) {
                for (String alias : s.supported()) {
                    assertTrue(measuredOrExcluded.contains(alias), w.name() + ": its " + s.contract() + " factory offers " + alias
                            + ", which it neither measures nor lists as an exclusion");
                }
            }
        }
    }

    @Test
    void everyRegisteredAliasIsMeasuredBySomeWorkload() {
        Set<String> measured = new LinkedHashSet<>();
        Workloads.ALL.forEach(w -> measured.addAll(w.mechanisms()));
        List<String> unmeasured = Mechanisms.all().stream().map(Mechanism::alias).filter(a -> !measured.contains(a)).toList();
        assertEquals(List.of(), unmeasured, "registered but measured by no workload");
    }

    @Test
    void handoffSpacesPairOnlySupportedWaitStrategies() {
        for (Workload w : List.of(Workloads.HANDOFF, Workloads.HANDOFF_LATENCY)) {
            Set<String> covered = new LinkedHashSet<>();
            for (Space s : w.spaces()) {
                Class<?> state = nested(benchClass(w), s.methods().substring(0, 1).toUpperCase() + s.methods().substring(1));
                for (String wait : values(state, "waitStrategy")) {
                    for (String alias : s.mechanisms()) {
                        assertTrue(Handoffs.FACTORY.supports(alias, WaitStrategy.of(wait)), w.name() + "." + s.methods() + ": " + alias + " cannot " + wait);
                    }
                }
                covered.addAll(s.mechanisms());
            }
            assertEquals(Handoffs.FACTORY.aliases(), covered, w.name() + " covers every handoff alias across its groups");
        }
    }

    @Test
    void placementsAndCodecsAreKnown() {
        for (Workload w : Workloads.ofStage(Stage.CROSS_PROCESS)) {
            assertFalse(w.placements().isEmpty(), w.name());
            w.placements().forEach(Placement::of);
            values(benchClass(w), "placement").forEach(Placement::of);
            for (Profile p : Profile.values()) {
                w.specs(p).forEach(s -> s.params().getOrDefault("placement", List.of()).forEach(Placement::of));
            }
        }
        values(benchClass(Workloads.SHARED_MAP), "codec").forEach(c -> assertTrue(SharedMaps.CODECS.contains(c), c));
    }

    static Class<?> benchClass(Workload w) {
        try {
            return Class.forName(w.benchClass());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("workload " + w.name() + ": no class " + w.benchClass(), e);
        }
    }

    private static List<Field> paramFields(Workload w) {
        List<Field> out = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(List.of(benchClass(w)));
        classes.addAll(Arrays.asList(benchClass(w).getClasses()));
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Param.class)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<String> values(Class<?> state, String name) {
        for (Class<?> c = state; c != null; c = c.getSuperclass()) {
            try {
                return List.of(c.getDeclaredField(name).getAnnotation(Param.class).value());
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError(state.getName() + " has no @Param " + name);
    }

    private static Class<?> nested(Class<?> outer, String simpleName) {
        return Arrays.stream(outer.getClasses()).filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new AssertionError(outer.getName() + " has no public nested " + simpleName));
    }
}
