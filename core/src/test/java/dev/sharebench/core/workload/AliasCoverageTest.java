package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Mechanism;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/*
 * Factories and registry, both ways: every alias a factory creates is a registered mechanism, every
 * registered mechanism has a factory that creates it, and every factory of this package is one that
 * Mechanisms aggregates (a factory left out of the aggregate would take its definitions with it).
 * The benchmarks' @Param side is checked where the benchmarks live (jmh's params tests).
 */
class AliasCoverageTest {

    @Test
    void everyFactoryAliasIsARegisteredMechanism() {
        for (Factory<?, ?> f : Mechanisms.factories()) {
            assertFalse(f.aliases().isEmpty(), f.contract() + " has no alias");
            for (String alias : f.aliases()) {
                assertTrue(Mechanisms.exists(alias), f.contract() + " creates '" + alias + "', which the registry lacks");
            }
        }
    }

    @Test
    void everyRegisteredMechanismHasAFactory() {
        for (Mechanism m : Mechanisms.all()) {
            assertTrue(Mechanisms.factories().stream().anyMatch(f -> f.aliases().contains(m.alias())),
                    "'" + m.alias() + "' is registered but no factory creates it");
        }
    }

    @Test
    void everyFactoryOfThePackageIsAggregated() throws Exception {
        List<Factory<?, ?>> declared = declaredFactories();
        List<String> left = declared.stream().filter(f -> !Mechanisms.factories().contains(f)).map(Factory::contract).toList();
        assertEquals(List.of(), left, "factories that Mechanisms.factories() leaves out (their definitions are missing from the registry)");
        assertEquals(declared.size(), Mechanisms.factories().size(), "FACTORY fields: " + declared);
    }

    /** The {@code public static final Factory FACTORY} of every class compiled into this package. */
    private static List<Factory<?, ?>> declaredFactories() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path dir = Path.of(Mechanisms.class.getResource("Mechanisms.class").toURI()).getParent();
        List<Factory<?, ?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = p.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(Mechanisms.class.getPackageName() + "." + name);
                for (Field field : c.getDeclaredFields()) {
                    int mod = field.getModifiers();
                    if (field.getType() == Factory.class && Modifier.isStatic(mod) && Modifier.isPublic(mod)) {
                        out.add((Factory<?, ?>) field.get(null));
                    }
                }
            }
        }
        return out;
    }
}
