package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.testing.TestThreads;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ProcessQueueTest {

    /* Python's multiprocessing.Queue pickles in its feeder thread: a bad item vanishes. Ours refuses at put. */
    @Test
    void putOfAnUnserializableItemFailsAtOnceNamingItsClass() throws Exception {
        try (ProcessQueueRoundTrip rt = new ProcessQueueRoundTrip("process-queue", WaitStrategy.BLOCK, Placement.OS)) {
            ProcessQueue q = rt.queue();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.put(new Object()));
            assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> q.put(List.of(1L, new Thread())));
            assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
            // Nothing was half-sent: the queue still works, in order.
            assertEquals(RoundTrip.reply(5L), rt.roundTrip(5L));
        }
    }

    @Test
    void itemsArriveInOrderWithoutLossIncludingEmptyAndLargeOnes() throws Exception {
        try (ProcessQueueRoundTrip rt = new ProcessQueueRoundTrip("process-queue", WaitStrategy.BLOCK, Placement.OS)) {
            ProcessQueue q = rt.queue();
            List<Object> sent = new ArrayList<>();
            sent.add(new byte[0]);
            sent.add("");
            sent.add(new byte[60_000]);
            for (long i = 0; i < 500; i++) {
                sent.add(i);
            }
            // A failed put ends the producer; join() rethrows it here instead of leaving take() to time out.
            Future<Void> producer = TestThreads.run("producer", () -> {
                for (Object o : sent) {
                    q.put(o);
                }
            });
            List<Object> got = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                got.add(q.take());
            }
            TestThreads.join(producer);
            assertEquals(0, ((byte[]) got.get(0)).length);
            assertEquals("", got.get(1));
            assertEquals(60_000, ((byte[]) got.get(2)).length);
            // the Longs are round trip requests: the child answers each with RoundTrip.reply
            assertEquals(sent.subList(3, sent.size()).stream().map(v -> RoundTrip.reply((Long) v)).toList(), got.subList(3, got.size()));
        }
    }
}
