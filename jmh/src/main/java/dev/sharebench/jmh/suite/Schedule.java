package dev.sharebench.jmh.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which a workload's forks run: round by round (round r holds every cell that asks for
 * at least r forks), each round in a seeded random order. So the forks of every mechanism are
 * spread over the whole stage (A C B, B A C, ...) and a shift in the machine's state during the
 * stage lands on all mechanisms alike instead of on whichever ran last. The same seed gives the
 * same order.
 */
final class Schedule {

    /** One fork to run: the cell and which of its forks this is (1-based). */
    record Slot(Cell cell, int fork) {
    }

    private Schedule() {
    }

    static List<Slot> interleaved(List<Cell> cells, long seed) {
        int rounds = cells.stream().mapToInt(c -> c.spec().forks()).max().orElse(0);
        Random random = new Random(seed);
        List<Slot> out = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            List<Slot> round = new ArrayList<>();
            for (Cell c : cells) {
                if (c.spec().forks() >= r) {
                    round.add(new Slot(c, r));
                }
            }
            Collections.shuffle(round, random);
            out.addAll(round);
        }
        return out;
    }
}
