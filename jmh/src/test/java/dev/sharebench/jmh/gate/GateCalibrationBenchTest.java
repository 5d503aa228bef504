package dev.sharebench.jmh.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/* The calibration fixture's test-only knob is off by default and refuses values it cannot honour. */
class GateCalibrationBenchTest {

    @Test
    void knobIsOffUnlessSet() {
        assertEquals(1.0, GateCalibrationBench.slowdownFactor(null));
        assertEquals(1.0, GateCalibrationBench.slowdownFactor(" "));
        assertEquals(1.10, GateCalibrationBench.slowdownFactor("1.10"));
    }

    @Test
    void knobRefusesSpeedupsAndNonsense() {
        for (String bad : new String[] {"0.9", "3", "fast", "NaN"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GateCalibrationBench.slowdownFactor(bad));
            assertTrue(e.getMessage().contains("sharebench.gate.slowdown"), e.getMessage());
        }
    }

    @Test
    void slowdownScalesTheWork() {
        GateCalibrationBench b = new GateCalibrationBench();
        b.holdTokens = 1000;
        System.setProperty(GateCalibrationBench.SLOWDOWN_PROPERTY, "1.05");
        try {
            b.configure();
            b.reset();
            assertEquals(1, b.lockedAdd());
            assertEquals(1050, b.effectiveTokens());
            b.verify();
        } finally {
            System.clearProperty(GateCalibrationBench.SLOWDOWN_PROPERTY);
        }
    }

    @Test
    void holdTokensParamValuesArePositive() throws Exception {
        Param p = GateCalibrationBench.class.getField("holdTokens").getAnnotation(Param.class);
        assertTrue(p.value().length > 0);
        assertTrue(Arrays.stream(p.value()).mapToInt(Integer::parseInt).allMatch(v -> v > 0));
    }
}
