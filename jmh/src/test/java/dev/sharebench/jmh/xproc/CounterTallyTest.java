package dev.sharebench.jmh.xproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.CrossCounter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * XprocCounterBench's score counts both processes: a planted unfair counter that starves one side
 * shows a share far from 50%, and its total does not depend on which side is starved, while the
 * old score (this side's operations only) moves ~9x with it.
 */
class CounterTallyTest {

    @Test
    void theSplitIsWhatTheTotalGrewByMinusThisSide() {
        CounterTally tally = new CounterTally();
        tally.begin(1_000, 40);
        CounterTally.Split s = tally.end(1_000 + 64 * 10, 40 + 64 * 3, 64);
        assertEquals(10, s.both());
        assertEquals(3, s.here());
        assertEquals(0.3, s.hereShare(), 1e-12);
        assertEquals(0.7, s.peerShare(), 1e-12);
    }

    @Test
    void aTotalThatGrewLessThanThisSideAddedIsALostUpdate() {
        CounterTally tally = new CounterTally();
        tally.begin(0, 0);
        assertThrows(IllegalStateException.class, () -> tally.end(5, 6, 1));
    }

    @Test
    void starvingEitherSideMovesTheShareNotTheTotal() throws Exception {
        Measured parentStarved = measure(true);
        Measured childStarved = measure(false);
        assertTrue(parentStarved.share < 0.15, "the starved parent's share: " + parentStarved.share);
        assertTrue(childStarved.share > 0.85, "the favoured parent's share: " + childStarved.share);
        double totals = childStarved.totalPerSecond / parentStarved.totalPerSecond;
        double parentOnly = childStarved.parentPerSecond / parentStarved.parentPerSecond;
        // Same lock, same work: by total the two rank alike (a tie here); by this side's count alone
        // the one that starves the child looks ~9x faster.
        assertTrue(totals > 0.5 && totals < 2, "totals differ by " + totals + "x: " + parentStarved + " / " + childStarved);
        assertTrue(parentOnly > 4 * totals, "parent-only scores differ by only " + parentOnly + "x: " + parentStarved + " / " + childStarved);
    }

    record Measured(double share, double totalPerSecond, double parentPerSecond) {
    }

    /* One 300 ms "iteration" of the bench's bookkeeping over a planted unfair counter. */
    private static Measured measure(boolean starveParent) throws Exception {
        try (UnfairCounter counter = new UnfairCounter(starveParent)) {
            CounterTally tally = new CounterTally();
            long added = 0;
            for (long end = System.nanoTime() + 50_000_000L; System.nanoTime() < end; ) { // warm-up
                counter.add(1);
                added++;
            }
            tally.begin(counter.total(), added);
            long t0 = System.nanoTime();
            for (long end = t0 + 300_000_000L; System.nanoTime() < end; ) {
                counter.add(1);
                added++;
            }
            CounterTally.Split s = tally.end(counter.total(), added, 1);
            double seconds = (System.nanoTime() - t0) / 1e9;
            counter.finish(added);
            return new Measured(s.hereShare(), s.both() / seconds, s.here() / seconds);
        }
    }

    /**
     * PLANTED: a counter whose "lock" hands out turns unfairly. The shared total is the turn number;
     * of every 10 turns the starved side gets 1 and the other side 9, both sides spinning (with a
     * yield) for their turn, so the interleaving, and the number of handovers per 10 adds, is the same
     * whichever side is starved. The peer is a thread here, a process in the bench.
     */
    static final class UnfairCounter implements CrossCounter {
        private final AtomicLong total = new AtomicLong();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final boolean starveParent;
        private final Thread peer;
        private long peerAdded;

        UnfairCounter(boolean starveParent) {
            this.starveParent = starveParent;
            this.peer = Thread.ofPlatform().start(() -> {
                long mine = 0;
                while (takeTurn(false)) {
                    mine++;
                }
                peerAdded = mine;
            });
        }

        private boolean parentsTurn(long turn) {
            return (turn % 10 == 0) == starveParent;
        }

        /* Waits for this side's turn and adds 1; false if stopped first. */
        private boolean takeTurn(boolean parent) {
            long t;
            while (parentsTurn(t = total.get()) != parent) {
                if (stop.get()) {
                    return false;
                }
                Thread.yield();
            }
            total.set(t + 1); // only the side whose turn it is writes
            return true;
        }

        @Override
        public void add(long delta) {
            takeTurn(true);
        }

        @Override
        public long total() {
            return total.get();
        }

        @Override
        public long finish(long addedHere) {
            stop.set(true);
            try {
                peer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return CrossCounter.verify("planted-unfair", total.get(), addedHere, peerAdded);
        }

        @Override
        public void close() {
            stop.set(true);
        }
    }
}
