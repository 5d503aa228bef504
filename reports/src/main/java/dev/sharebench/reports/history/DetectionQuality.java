package dev.sharebench.reports.history;

import dev.sharebench.reports.changepoint.EDivisive;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/*
 * How well the history's detector does on histories whose truth is known. Each synthetic series
 * has `runs` commits of `forks` forks, noise from real recordings (RecordedNoise), and either no
 * change (flat) or one step of +shift at a commit drawn uniformly from the middle half. A detected
 * change point counts as true when it is within one commit of the planted one.
 *   recall     = series whose planted step was found / series
 *   precision  = true detections / all detections
 *   false/100  = detections on flat series per 100 commits
 * Everything is seeded: the same arguments give the same table.
 */
/** Precision, recall and false change points of {@link EDivisive} on synthetic histories. */
public final class DetectionQuality {

    /** One row of the table: a shift (0 = flat) and what the detector found over {@code series} series. */
    public record Row(double shift, int series, int runs, int detections, int truePositives, int found) {

        public double recall() {
            return shift == 0 ? Double.NaN : found / (double) series;
        }

        public double precision() {
            return shift == 0 || detections == 0 ? Double.NaN : truePositives / (double) detections;
        }

        public double falsePer100Runs() {
            return 100.0 * (detections - truePositives) / ((double) series * runs);
        }
    }

    private final RecordedNoise noise;
    private final EDivisive.Settings settings;
    private final int runs;
    private final int forks;

    public DetectionQuality(RecordedNoise noise, EDivisive.Settings settings, int runs, int forks) {
        if (runs < 4 * settings.minBlocks() || forks < 1) {
            throw new IllegalArgumentException("need runs >= 4 x minBlocks and forks >= 1, got runs " + runs + ", forks " + forks);
        }
        this.noise = noise;
        this.settings = settings;
        this.runs = runs;
        this.forks = forks;
    }

    public Row measure(double shift, int series, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int detections = 0;
        int truePositives = 0;
        int found = 0;
        for (int s = 0; s < series; s++) {
            int planted = shift == 0 ? -1 : runs / 4 + rng.nextInt(runs / 2 + 1);
            List<double[]> blocks = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                double level = planted >= 0 && r >= planted ? 1 + shift : 1.0;
                blocks.add(noise.run(forks, level, rng).stream().mapToDouble(f -> Math.log(RecordedNoise.summary(f))).toArray());
            }
            List<EDivisive.ChangePoint> cps = new EDivisive(settings.withSeed(rng.nextLong())).detect(blocks);
            detections += cps.size();
            boolean hit = false;
            for (EDivisive.ChangePoint cp : cps) {
                if (!hit && planted >= 0 && Math.abs(cp.index() - planted) <= 1) {
                    hit = true;
                    truePositives++;
                }
            }
            found += hit ? 1 : 0;
        }
        return new Row(shift, series, runs, detections, truePositives, found);
    }
}
