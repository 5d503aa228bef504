package dev.sharebench.jmh.canary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/* The canary's closed-form check agrees with stepping, and catches a skipped or extra invocation. */
class CanaryBenchTest {

    @Test
    void jumpEqualsSteppingNTimes() {
        for (long n : new long[] {0, 1, 2, 7, 1024, 5000}) {
            long x = CanaryBench.SEED;
            for (long i = 0; i < n; i++) {
                x = Xorshift.step(x);
            }
            assertEquals(x, Xorshift.jump(CanaryBench.SEED, n), "n=" + n);
        }
    }

    @Test
    void verifyPassesForTheRunWorkAndFailsForAMiscountedOne() {
        CanaryBench b = new CanaryBench();
        b.reset();
        for (int i = 0; i < 37; i++) {
            b.compute();
        }
        b.verify();
        b.invocations++; // JMH would then believe one more invocation ran than did
        assertThrows(IllegalStateException.class, b::verify);
    }
}
