package dev.sharebench.reports.history;

import dev.sharebench.reports.historydb.HistoryStore.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark on one machine fingerprint, one point per commit in time order. Runs on different
 * fingerprints are never mixed: each fingerprint is its own series. A commit measured by several
 * runs on the machine is one point holding all their forks, placed at its first run.
 */
public record Series(String key, String unit, String fingerprint, List<Point> points) {

    /** One commit: its forks' summaries (pooled over its runs on this machine). */
    public record Point(String commit, long startedMs, List<String> runIds, double[] forks) {
    }

    public Series {
        points = List.copyOf(points);
    }

    /** Splits a benchmark's observations (any order of machines) into one series per fingerprint. */
    public static List<Series> of(String key, String unit, List<Observation> observations) {
        Map<String, Map<String, List<Observation>>> byMachine = new LinkedHashMap<>();
        List<Observation> ordered = new ArrayList<>(observations);
        ordered.sort(Comparator.comparing(Observation::fingerprint).thenComparingLong(Observation::startedMs)
                .thenComparing(Observation::runId).thenComparingInt(Observation::fork));
        for (Observation o : ordered) {
            byMachine.computeIfAbsent(o.fingerprint(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(o.commit(), c -> new ArrayList<>()).add(o);
        }
        List<Series> out = new ArrayList<>();
        for (var machine : byMachine.entrySet()) {
            List<Point> points = new ArrayList<>();
            for (var commit : machine.getValue().entrySet()) {
                List<Observation> forks = commit.getValue();
                points.add(new Point(commit.getKey(), forks.getFirst().startedMs(),
                        forks.stream().map(Observation::runId).distinct().toList(),
                        forks.stream().mapToDouble(Observation::value).toArray()));
            }
            out.add(new Series(key, unit, machine.getKey(), points));
        }
        return out;
    }
}
