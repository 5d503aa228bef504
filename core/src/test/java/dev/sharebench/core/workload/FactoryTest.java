package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/* The one factory shape, on a small factory of strings: order, waits, and the messages of bad input. */
class FactoryTest {

    private record Args(int size, WaitStrategy strategy) {
        void check(String alias) {
            Factory.require(size > 0, alias, "size must be > 0, was " + size);
        }
    }

    private static final Factory<Args, String> TOYS = Factory.<Args, String>builder("Toy", Args::check)
            .waitsFrom(Args::strategy)
            .register(reuse("spinner"), Set.of(WaitStrategy.SPIN, WaitStrategy.YIELD), (alias, a) -> alias + ":" + a.size())
            .register(reuse("blocker"), Set.of(WaitStrategy.BLOCK), (alias, a) -> alias + ":" + a.size())
            .register(reuse("both"), Set.of(WaitStrategy.SPIN, WaitStrategy.BLOCK), (alias, a) -> alias + ":" + a.size())
            .build();

    @Test
    void aliasesAndWaitsFollowTheRegistrations() {
        assertEquals("Toy", TOYS.contract());
        assertEquals(List.of("spinner", "blocker", "both"), List.copyOf(TOYS.aliases()));
        assertEquals(Set.of(WaitStrategy.SPIN, WaitStrategy.YIELD), TOYS.waits("spinner"));
        assertTrue(TOYS.supports("both", WaitStrategy.BLOCK));
        assertFalse(TOYS.supports("spinner", WaitStrategy.BLOCK));
        assertFalse(TOYS.supports("nothing", WaitStrategy.SPIN));
        assertEquals(List.of("spinner", "both"), List.copyOf(TOYS.aliasesSupporting(WaitStrategy.SPIN)));
        assertEquals(List.of("both"), List.copyOf(TOYS.aliasesSupporting(WaitStrategy.SPIN, WaitStrategy.BLOCK)));
        assertEquals(TOYS.aliases(), TOYS.aliasesSupporting());
        assertThrows(UnsupportedOperationException.class, () -> TOYS.aliases().add("more"));
    }

    @Test
    void createRunsTheMakerOfTheAlias() {
        assertEquals("blocker:3", TOYS.create("blocker", new Args(3, WaitStrategy.BLOCK)));
    }

    @Test
    void anUnknownAliasNamesTheContractTheAliasAndTheSupportedOnes() {
        UnknownMechanismException e = assertThrows(UnknownMechanismException.class,
                () -> TOYS.create("long-adder", new Args(1, WaitStrategy.SPIN)));
        assertEquals("mechanism 'long-adder' has no Toy implementation (supported: spinner, blocker, both)", e.getMessage());
        assertThrows(UnknownMechanismException.class, () -> TOYS.waits("long-adder"));
    }

    @Test
    void badArgumentsAndUndeclaredWaitsNameTheAlias() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> TOYS.create("both", new Args(0, WaitStrategy.SPIN)));
        assertEquals("size must be > 0, was 0 (for both)", size.getMessage());
        IllegalArgumentException wait = assertThrows(IllegalArgumentException.class, () -> TOYS.create("blocker", new Args(1, WaitStrategy.SPIN)));
        assertEquals("waitStrategy 'spin' is not available for blocker (supported: [block])", wait.getMessage());
    }

    @Test
    void aFactoryWithoutWaitArgumentsIgnoresWaits() {
        Factory<Args, String> plain = Factory.<Args, String>builder("Plain", Args::check)
                .register(reuse("one"), (alias, a) -> alias)
                .build();
        assertEquals("one", plain.create("one", new Args(1, WaitStrategy.FUTEX)));
        assertEquals(Set.of(), plain.waits("one"));
        assertEquals(Set.of(), plain.aliasesSupporting(WaitStrategy.SPIN));
    }

    @Test
    void anAliasRegisteredTwiceFailsAtBuildTime() {
        Factory.Builder<Args, String> b = Factory.<Args, String>builder("Twice", Args::check).register(reuse("one"), (alias, a) -> alias);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.register(reuse("one"), (alias, a) -> alias));
        assertTrue(e.getMessage().contains("'one'") && e.getMessage().contains("Twice"), e.getMessage());
    }
}
