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
}
