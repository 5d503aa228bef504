package dev.sharebench.reports.history;

import dev.sharebench.reports.historydb.HistoryStore.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark on one machine fingerprint and one profile, one point per commit in time order. Runs
 * on different fingerprints are never mixed, nor runs of different profiles (a smoke run's 100 ms
 * iterations would look like a change point beside a quick run's): each is its own series, whose
 * key names the profile. A commit measured by several
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
        Map<List<String>, Map<String, List<Observation>>> byMachine = new LinkedHashMap<>();
        List<Observation> ordered = new ArrayList<>(observations);
        ordered.sort(Comparator.comparing(Observation::fingerprint).thenComparing(o -> String.valueOf(o.profile()))
                .thenComparingLong(Observation::startedMs).thenComparing(Observation::runId).thenComparingInt(Observation::fork));
        for (Observation o : ordered) {
            byMachine.computeIfAbsent(List.of(o.fingerprint(), String.valueOf(o.profile())), f -> new LinkedHashMap<>())
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
            String profile = machine.getKey().get(1);
            out.add(new Series("null".equals(profile) ? key : key + " (profile " + profile + ")", unit, machine.getKey().get(0), points));
        }
        return out;
    }
}
