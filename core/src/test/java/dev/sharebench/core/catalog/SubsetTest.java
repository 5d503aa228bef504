package dev.sharebench.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.workload.RoundTrips;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/*
 * A profile's mechanism subset (Workload.Builder.only): the profile measures those mechanisms and
 * no other, in the headline and the exploratory sets alike; the profiles without one measure every
 * mechanism of the spaces. LoadLatencyBench is the workload that needs it (mechanisms x rates).
 */
class SubsetTest {

    private static Set<String> measured(Workload w, Profile p) {
        Set<String> all = new LinkedHashSet<>();
        w.specs(p).forEach(s -> all.addAll(s.mechanisms()));
        return all;
    }

    @Test
    void quickAndSmokeMeasureOnlyTheirSubsets() {
        Workload w = Workloads.LOAD_LATENCY;
        assertEquals(Set.of("pipe", "array-blocking-queue"), measured(w, Profile.QUICK));
        assertEquals(Set.of("pipe", "array-blocking-queue"), measured(w, Profile.SMOKE));
        assertEquals(Set.copyOf(w.mechanisms()), measured(w, Profile.FULL));
        assertTrue(w.specs(Profile.FULL).stream().allMatch(s -> s.forks() >= 5), "full: every set at >= 5 forks");
    }

    @Test
    void aSubsetNamingAnUnmeasuredMechanismIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workload.named("XBench").bench("x.XBench")
                .space("roundTrip", RoundTrips.FACTORY).headline("roundTrip").only(Profile.QUICK, "why", "no-such-alias").build());
        assertTrue(e.getMessage().contains("no-such-alias"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Workload.named("XBench").bench("x.XBench")
                .space("roundTrip", RoundTrips.FACTORY).headline("roundTrip").only(Profile.GATE, "why", "pipe"));
    }

    @Test
    void workloadsWithoutASubsetAreUnchanged() {
        assertEquals(Set.copyOf(Workloads.RTT.mechanisms()), measured(Workloads.RTT, Profile.FULL));
        assertTrue(List.of(Workloads.RTT, Workloads.HANDOFF).stream().allMatch(w -> w.subsets().isEmpty()));
    }
}
