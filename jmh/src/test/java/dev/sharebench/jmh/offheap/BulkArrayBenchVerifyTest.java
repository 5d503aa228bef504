package dev.sharebench.jmh.offheap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* BulkArrayBench's own checks: a stray write or an uncounted pass fails the run, naming the alias. */
class BulkArrayBenchVerifyTest {

    @Test
    void updateCheckCatchesAnUncountedPassAndAStrayWrite() {
        BulkArrayBench.Bulk bulk = new BulkArrayBench.Bulk();
        bulk.mechanism = "offheap-segment";
        bulk.open();
        try {
            BulkArrayBench.Part part = new BulkArrayBench.Part();
            part.from = 0;
            part.to = BulkArrayBench.LENGTH / 2;
            bulk.parts.add(part);
            bulk.array.addToRange(part.from, part.to, 1);
            part.passes++;
            bulk.verify();

            bulk.array.addToRange(part.from, part.to, 1); // a pass nobody counted
            IllegalStateException e = assertThrows(IllegalStateException.class, bulk::verify);
            assertTrue(e.getMessage().contains("offheap-segment"), e.getMessage());
            part.passes++;
            bulk.verify();

            bulk.array.set(BulkArrayBench.LENGTH - 1, 0); // outside every partition
            IllegalStateException stray = assertThrows(IllegalStateException.class, bulk::verify);
            assertTrue(stray.getMessage().contains("whole array"), stray.getMessage());
        } finally {
            bulk.close();
        }
    }

    @Test
    void slotCheckCatchesAMissingIncrement() {
        BulkArrayBench.Slots slots = new BulkArrayBench.Slots();
        slots.mechanism = "heap-array";
        slots.open();
        try {
            BulkArrayBench.Slot mine = new BulkArrayBench.Slot();
            mine.adjacent = 0;
            mine.padded = 2L * BulkArrayBench.PADDED_STRIDE;
            slots.slots.add(mine);
            slots.array.increment(mine.adjacent);
            mine.adjacentCount = 1;
            slots.verify();
            mine.paddedCount = 1; // counted, never written
            assertThrows(IllegalStateException.class, slots::verify);
        } finally {
            slots.close();
        }
    }
}
