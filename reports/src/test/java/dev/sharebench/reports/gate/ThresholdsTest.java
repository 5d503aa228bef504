package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void firstMatchingRuleWinsElseTheDefault() throws Exception {
        Thresholds t = Thresholds.parse(0.05, "t", List.of(
                "# comment", "", "RttBench = 0.15", "CounterBench.*threads=2 = 10%", "CounterBench = 0.2"));
        assertEquals(0.15, t.deltaFor("a.RttBench.rtt [avgt] mechanism=pipe"), 1e-12);
        assertEquals(0.10, t.deltaFor("a.CounterBench.add [thrpt] mechanism=synchronized,threads=2"), 1e-12);
        assertEquals(0.20, t.deltaFor("a.CounterBench.add [thrpt] mechanism=synchronized,threads=1"), 1e-12);
        assertEquals(0.05, t.deltaFor("a.FloorBench.roundTrip [avgt]"), 1e-12);
    }

    @Test
    void badLinesNameTheLine() {
        GateInputException noEq = assertThrows(GateInputException.class, () -> Thresholds.parse(0.05, "f", List.of("Foo")));
        assertTrue(noEq.getMessage().contains("f line 1"), noEq.getMessage());
        GateInputException regex = assertThrows(GateInputException.class, () -> Thresholds.parse(0.05, "f", List.of("", "Foo( = 0.1")));
        assertTrue(regex.getMessage().contains("f line 2") && regex.getMessage().contains("bad regex"), regex.getMessage());
        GateInputException range = assertThrows(GateInputException.class, () -> Thresholds.parse(0.05, "f", List.of("Foo = 0")));
        assertTrue(range.getMessage().contains("delta must be > 0"), range.getMessage());
    }
}
