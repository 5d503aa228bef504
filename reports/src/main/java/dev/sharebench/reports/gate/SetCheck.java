package dev.sharebench.reports.gate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an A/B run's parameter sets select, found before anything is measured (one {@code -lp}
 * listing per set and jar): the sets that match no benchmark in a jar, and the number of benchmark
 * x parameter points both jars will produce, which is the number of benchmarks the gate will test.
 *
 * @param missing    one line per set and jar that selects nothing
 * @param points     benchmark x parameter points present in both jars
 * @param lowerBound true when some parameter had neither default values nor a {@code -p} list
 *                   (counted once), so {@code points} may undercount
 */
record SetCheck(List<String> missing, int points, boolean lowerBound) {

    static SetCheck of(AbRunner runner, List<BenchSet> sets, AbRunner.Side a, AbRunner.Side b)
            throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        Set<String> inA = new TreeSet<>();
        Set<String> inB = new TreeSet<>();
        boolean unknown = false;
        for (BenchSet s : sets) {
            for (AbRunner.Side side : List.of(a, b)) {
                JarListing listing = runner.list(s, side);
                if (listing.isEmpty()) {
                    missing.add(s.name() + " (" + side.name() + ": '" + String.join(" ", s.regexes()) + "' matches no benchmark in " + side.jar() + ")");
                    continue;
                }
                (side == a ? inA : inB).addAll(listing.points(s));
                unknown |= listing.hasUnknownParams(s);
            }
        }
        inA.retainAll(inB);
        return new SetCheck(missing, inA.size(), unknown);
    }
}
