package dev.sharebench.jmh.lock;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* The benchmark's own check must fail loudly, naming the mechanism, when adds go missing. */
class CounterBenchVerifyTest {

    @Test
    void verifyPassesWhenTheSumMatchesAndFailsOnALostUpdate() {
        CounterBench bench = new CounterBench();
        bench.mechanism = "long-adder";
        bench.open(2);
        CounterBench.Adds a = new CounterBench.Adds();
        a.register(bench);
        a.count = 3;
        for (int i = 0; i < 3; i++) {
            bench.counter.add(1);
        }
        bench.verify();
        a.count++; // an add that never reached the counter
        IllegalStateException e = assertThrows(IllegalStateException.class, bench::verify);
        assertTrue(e.getMessage().contains("long-adder") && e.getMessage().contains("lost"), e.getMessage());
        bench.close();
    }
}
