package dev.sharebench.jmh.xproc;

/**
 * Who did the adds of one iteration of a cross-process counter. The shared total is read at both
 * edges of the iteration; what it grew by, minus what this process added, is what the peer added.
 * Scoring only this process would reward a lock that starves the peer and punish one that starves
 * this process; the sum of both is what the mechanism delivers, and the shares say how fairly.
 */
final class CounterTally {

    /**
     * One iteration's operations (each adds {@code batch}).
     *
     * @param both operations of both processes
     * @param here operations of this process
     */
    record Split(long both, long here) {

        /** This process's share of the operations, 0..1 (0.5 is fair); NaN when nothing was added. */
        double hereShare() {
            return both == 0 ? Double.NaN : (double) here / both;
        }

        /** The peer's share, 0..1. */
        double peerShare() {
            return both == 0 ? Double.NaN : 1 - hereShare();
        }
    }

    private long totalAtStart;
    private long hereAtStart;

    /** At the iteration's start: the shared total and this process's running count of what it added. */
    void begin(long totalNow, long addedHere) {
        totalAtStart = totalNow;
        hereAtStart = addedHere;
    }

    /** At its end, the same two readings; {@code batch} is what one operation adds. */
    Split end(long totalNow, long addedHere, long batch) {
        long all = totalNow - totalAtStart;
        long mine = addedHere - hereAtStart;
        if (all < mine || mine < 0) {
            throw new IllegalStateException("the shared total grew by " + all + " while this process alone added " + mine
                    + " (lost updates, or a total that went back)");
        }
        return new Split(all / batch, mine / batch);
    }
}
