package dev.sharebench.core.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* The ring's layout promises: each side's fields on its own 128-byte line pair, slots after both. */
class SpscRingLayoutTest {

    @Test
    void producerAndConsumerFieldsNeverShareALinePair() {
        long line = SpscRingLayout.LINE;
        assertEquals(SpscRingLayout.TAIL / line, SpscRingLayout.HEAD_CACHE / line, "producer fields on one line");
        assertEquals(SpscRingLayout.HEAD / line, SpscRingLayout.TAIL_CACHE / line, "consumer fields on one line");
        assertTrue(SpscRingLayout.HEAD - SpscRingLayout.TAIL >= line, "head and tail at least 128 bytes apart");
        assertTrue(SpscRingLayout.SLOTS >= SpscRingLayout.HEAD + line, "slots start after the consumer line");
    }

    @Test
    void slotsWrapAndTheLastSlotIsFollowedByPadding() {
        int capacity = 16;
        int mask = capacity - 1;
        assertEquals(SpscRingLayout.SLOTS, SpscRingLayout.slotOffset(0, mask));
        assertEquals(SpscRingLayout.SLOTS, SpscRingLayout.slotOffset(capacity, mask), "sequence 16 reuses slot 0");
        long lastSlotEnd = SpscRingLayout.slotOffset(capacity - 1, mask) + Long.BYTES;
        assertEquals(lastSlotEnd + SpscRingLayout.LINE, SpscRingLayout.bytesFor(capacity));
    }
}
