package dev.sharebench.reports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/*
 * Plants a canary into a run's folder, shaped as run-all and gate-ab write it: one folder per point
 * with the merged JMH JSON of CanaryBench.compute (~0.31 ns/op, steady) and FloorBench.roundTrip
 * at the round trip given for that point, one fork of 5 iterations each; with points.tsv when the
 * rounds before each point are given (gate A/B), without it otherwise (run-all).
 */
public final class CanaryFixtures {

    public static final String CANARY = "dev.sharebench.jmh.canary.CanaryBench.compute";
    public static final String FLOOR = "dev.sharebench.jmh.floor.FloorBench.roundTrip";

    private CanaryFixtures() {
    }

    /**
     * @param points  "start\t0\nmiddle\t5\nend\t10\n" (written as points.tsv) or "start\nmiddle\nend\n"
     *                (names only: no points.tsv, as run-all writes)
     * @param floorNs the floor's round trip at each point, in order
     */
    public static Path plant(Path canaryDir, String points, double... floorNs) throws IOException {
        Files.createDirectories(canaryDir);
        if (points.contains("\t")) {
            Files.writeString(canaryDir.resolve("points.tsv"), points);
        }
        List<String> names = points.lines().map(l -> l.split("\t")[0]).toList();
        for (int i = 0; i < names.size(); i++) {
            Path p = Files.createDirectories(canaryDir.resolve(names.get(i)));
            long seed = 100 + 10L * i;
            JmhFixtures.write(p, "CanaryBench.json", JmhFixtures.entry(CANARY, "avgt", "ns/op", "",
                    JmhFixtures.lognormalForks(seed, 1, 5, 0.31, 0, 0.005)));
            JmhFixtures.write(p, "FloorBench.json", JmhFixtures.entry(FLOOR, "avgt", "ns/op", "\"mechanism\":\"cache-line-pingpong\"",
                    JmhFixtures.lognormalForks(seed + 1, 1, 5, floorNs[i], 0, 0.02)));
        }
        return canaryDir;
    }
}
