package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sharebench.reports.historydb.HistoryStore.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/* A series never mixes machines or profiles: a smoke run beside quick runs would be a false change point. */
class SeriesTest {

    @Test
    void oneSeriesPerMachineAndProfile() {
        List<Observation> obs = List.of(
                new Observation("m1", "r1", "c1", 1, 0, 10, "quick"),
                new Observation("m1", "r2", "c2", 2, 0, 11, "quick"),
                new Observation("m1", "r3", "c2", 3, 0, 90, "smoke"),
                new Observation("m2", "r4", "c1", 4, 0, 20, "quick"));
        List<Series> series = Series.of("FooBench.run", "ns/op", obs);
        assertEquals(3, series.size());
        Series quick = series.stream().filter(s -> s.fingerprint().equals("m1") && s.key().endsWith("(profile quick)")).findFirst().orElseThrow();
        assertEquals(List.of("c1", "c2"), quick.points().stream().map(Series.Point::commit).toList());
        assertEquals(11, quick.points().get(1).forks()[0], 0);
        assertEquals(1, series.stream().filter(s -> s.key().endsWith("(profile smoke)")).count());
    }
}
