package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Family;
import dev.sharebench.core.Mechanism;
import dev.sharebench.core.UnknownMechanismException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MechanismsTest {

    @Test
    void aliasesAreUniqueKebabCaseAndDescribed() {
        Set<String> seen = new HashSet<>();
        for (Mechanism m : Mechanisms.all()) {
            assertTrue(seen.add(m.alias()), "duplicate alias " + m.alias());
            assertTrue(m.alias().matches("[a-z0-9]+(-[a-z0-9]+)*"), m.alias());
            assertFalse(m.description().isBlank(), m.alias());
            assertFalse(m.classicIdea().isBlank(), m.alias());
        }
        assertTrue(seen.size() >= 30, "registry shrank to " + seen.size());
    }

    @Test
    void everyFamilyHasAMechanismAndLookupIsExact() {
        for (Family f : Family.values()) {
            assertFalse(Mechanisms.ofFamily(f).isEmpty(), "no mechanism in family " + f);
        }
        assertSame(Mechanisms.get("long-adder"), Mechanisms.get("long-adder"));
        assertEquals(Family.LOCK, Mechanisms.get("long-adder").family());
        assertTrue(Mechanisms.exists("mmap"));
        assertFalse(Mechanisms.exists("Long-Adder"));
    }

    @Test
    void unknownAliasNamesItselfAndTheKnownOnes() {
        var e = assertThrows(UnknownMechanismException.class, () -> Mechanisms.get("no-such-thing"));
        assertTrue(e.getMessage().contains("'no-such-thing'"), e.getMessage());
        assertTrue(e.getMessage().contains("long-adder"), e.getMessage());
    }

    @Test
    void aliasMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class, () -> new Mechanism("LongAdder", Family.LOCK, "d", "i"));
        assertThrows(IllegalArgumentException.class, () -> new Mechanism("long_adder", Family.LOCK, "d", "i"));
    }

    @Test
    void theRegistryIsOrderedByFamilyThenByDefinition() {
        List<String> definitions = Mechanisms.factories().stream().flatMap(f -> f.mechanisms().stream())
                .filter(MechanismRef::defines).map(MechanismRef::alias).toList();
        List<Mechanism> all = List.copyOf(Mechanisms.all());
        assertEquals(definitions.size(), all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).family().compareTo(all.get(i).family()) <= 0, all.get(i - 1).alias() + " before " + all.get(i).alias());
        }
        for (Family family : Family.values()) {
            assertEquals(definitions.stream().filter(a -> Mechanisms.get(a).family() == family).toList(),
                    Mechanisms.ofFamily(family).stream().map(Mechanism::alias).toList(), family.id());
        }
    }

    /* A mechanism with two contracts is defined by one registration and reused by the other. */
    @Test
    void anAliasDefinedTwiceIsRejectedNamingBothFactories() {
        Factory<Integer, String> a = toy("A", MechanismRef.define("twice", Family.LOCK, "d", "i"));
        Factory<Integer, String> b = toy("B", MechanismRef.define("twice", Family.LOCK, "d", "i"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Mechanisms.build(List.of(a, b)));
        assertEquals("mechanism 'twice' is defined by the A and the B factory: define it once and reuse(\"twice\") it elsewhere", e.getMessage());
    }

    @Test
    void aReuseWithoutADefinitionIsRejected() {
        Factory<Integer, String> a = toy("A", MechanismRef.define("here", Family.LOCK, "d", "i"));
        Factory<Integer, String> b = toy("B", MechanismRef.reuse("elsewhere"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Mechanisms.build(List.of(a, b)));
        assertTrue(e.getMessage().contains("the B factory reuses 'elsewhere', which no factory defines"), e.getMessage());
        assertEquals(List.of("here"), List.copyOf(Mechanisms.build(List.of(a, toy("C", MechanismRef.reuse("here")))).keySet()));
    }

    @Test
    void aDefinitionMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class, () -> MechanismRef.define("Long_Adder", Family.LOCK, "d", "i"));
    }

    private static Factory<Integer, String> toy(String contract, MechanismRef ref) {
        return Factory.<Integer, String>builder(contract, (args, alias) -> { }).register(ref, (alias, args) -> alias).build();
    }
}
