package dev.sharebench.reports.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* Direction and conversion of JMH score units: the gate's orientation depends on them. */
class UnitsTest {

    @Test
    void throughputVersusTime() {
        assertTrue(Units.isThroughput("ops/s"));
        assertTrue(Units.isThroughput("ops/us"));
        assertFalse(Units.isThroughput("ns/op"));
        assertFalse(Units.isThroughput("B/op"));
        assertFalse(Units.isThroughput(null));
    }

    @Test
    void conversionToBase() {
        assertEquals(1e6, Units.toBase("ops/us"), 1e-6);      // 1 op/us = 1e6 ops/s
        assertEquals(1.0, Units.toBase("ops/s"), 1e-12);
        assertEquals(1e3, Units.toBase("us/op"), 1e-9);       // 1 us/op = 1000 ns/op
        assertEquals(1.0, Units.toBase("ns/op"), 1e-12);
        assertEquals(1e6, Units.toBase("ms/op"), 1e-6);
        assertTrue(Double.isNaN(Units.toBase("B/op")));
        assertTrue(Double.isNaN(Units.toBase("#")));
    }
}
