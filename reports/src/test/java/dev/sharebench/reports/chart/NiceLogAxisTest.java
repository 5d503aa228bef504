package dev.sharebench.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/* Every chart has numbers on its value axis, a single dot's too. */
class NiceLogAxisTest {

    @Test
    void aSingleDotGetsRoundNumbers() {
        // one dot at 1.5: Style.fitLog pads it to [1.2, 1.875], where no 1-2-5 tick falls
        List<Double> ticks = NiceLogAxis.values(1.5 / 1.25, 1.5 * 1.25);
        assertTrue(ticks.size() >= 2, "ticks: " + ticks);
        assertTrue(ticks.stream().allMatch(v -> v >= 1.2 && v <= 1.875), "inside the range: " + ticks);
        assertEquals(List.of(1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8), NiceLogAxis.values(1.2, 1.875));
        assertTrue(NiceLogAxis.values(152098 / 1.25, 152098 * 1.25).size() >= 2, "large values too");
    }

    @Test
    void wideRangesKeepOneTwoFive() {
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0), NiceLogAxis.values(0.9, 110));
    }
}
