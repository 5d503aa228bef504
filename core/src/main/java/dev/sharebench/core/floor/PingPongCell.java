package dev.sharebench.core.floor;

import dev.sharebench.core.contract.PingPong;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The floor: two threads hand a number back and forth through shared memory, both spinning.
 * No mechanism can hand data between cores faster than this, so every handoff in the suite is
 * shown next to it. On the development machine a round trip is ~77 ns in the host's common state (docs/machine.md).
 *
 * <pre>
 *   pinger                            ponger
 *   old := response
 *   request := n  ---------------->   sees a request other than the last one (n)
 *   spin until response != old  <-    response := n + 1  (PingPong.reply)
 *   return response (the caller checks it is n + 1)
 * </pre>
 *
 * The answer is {@code n + 1}, not an echo of {@code n}: a pinger that returned its own argument, or
 * read the previous answer, or a ponger that never ran, shows as a wrong answer rather than passing.
 * The pinger reads the old answer just before publishing (a hit in its own cache: it read that word
 * last), so that any new value ends its wait and a wrong one is seen at once instead of as a hang;
 * if that word already holds the answer to {@code n}, this is a retry of a ping that was stopped (a
 * benchmark iteration ended) after the ponger answered, and the answer is returned at once.
 *
 * The two words live in a 512-byte block aligned to 128 bytes, exactly as in the C reference
 * (scripts/reference/core-to-core.c), so that the layout is a choice and not an accident of where
 * the heap put an object (a heap object is only 8-byte aligned: 1 placement in 8 splits two
 * adjacent fields over two lines):
 *
 * <pre>
 *   byte 0        128       136            256            512
 *        | unused | request | response (ONE_LINE)         |
 *        | unused | request |  ...       | response (TWO_LINES)
 * </pre>
 *
 * {@link Layout#ONE_LINE}: one line moves between the cores twice per round trip.
 * {@link Layout#TWO_LINES}: each word has its own line, 128 bytes apart (the adjacent-line
 * prefetcher pairs lines within 128 bytes, so they are not neighbours), and each side writes one line
 * and reads the other. The spin hint ({@code Thread.onSpinWait()}, PAUSE on x86) is the C
 * program's {@code --pause}.
 */
public final class PingPongCell implements PingPong {

    /** Where request and response sit: the C reference's {@code --layout}. */
    public enum Layout {
        ONE_LINE("one-line", 136),
        TWO_LINES("two-lines", 256);

        private final String alias;
        private final long responseOffset;

        Layout(String alias, long responseOffset) {
            this.alias = alias;
            this.responseOffset = responseOffset;
        }

        public String alias() {
            return alias;
        }

        public static Layout of(String alias) {
            return Arrays.stream(values()).filter(l -> l.alias.equals(alias)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("layout '" + alias + "' unknown (known: one-line, two-lines)"));
        }
    }

    static final long BLOCK_BYTES = 512;
    static final long ALIGNMENT = 128;
    static final long REQUEST = 128;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final MemorySegment block;
    private final long response;
    private final boolean pause;

    /** The suite's headline floor: one line, PAUSE while spinning. */
    public PingPongCell() {
        this(Layout.ONE_LINE, true);
    }

    /** @param pause spin with {@code Thread.onSpinWait()} (true) or a bare loop */
    public PingPongCell(Layout layout, boolean pause) {
        this.block = Arena.ofAuto().allocate(BLOCK_BYTES, ALIGNMENT);
        this.response = layout.responseOffset;
        this.pause = pause;
    }

    /** The address of a word, for a test of the layout: {@code request} or {@code response}. */
    long address(String word) {
        return block.address() + (word.equals("request") ? REQUEST : response);
    }

    /** Pinger side: publish {@code n}, spin until the answer word changes, return the answer (see {@link PingPong#ping}). */
    @Override
    public long ping(long n, BooleanSupplier stop) {
        final boolean hint = pause; // a local: the test below is loop-invariant and C2 unswitches it
        final long old = (long) LONG.getAcquire(block, response);
        if (old == PingPong.reply(n)) {
            return old; // a retry after a stop (a JMH iteration ended mid-ping): the ponger answered n since
        }
        LONG.setRelease(block, REQUEST, n);
        long answer;
        int spins = 0;
        while ((answer = (long) LONG.getAcquire(block, response)) == old) {
            if (hint) {
                Thread.onSpinWait();
            }
            if ((++spins & 0x3FF) == 0 && stop.getAsBoolean()) {
                return STOPPED;
            }
        }
        return answer;
    }

    /** Ponger side: wait for a request newer than {@code last}, answer {@code reply(request)} (see {@link PingPong#pong}). */
    @Override
    public long pong(long last, BooleanSupplier stop) {
        final boolean hint = pause;
        long n;
        int spins = 0;
        while ((n = (long) LONG.getAcquire(block, REQUEST)) == last) {
            if (hint) {
                Thread.onSpinWait();
            }
            if ((++spins & 0x3FF) == 0 && stop.getAsBoolean()) {
                return STOPPED;
            }
        }
        LONG.setRelease(block, response, PingPong.reply(n));
        return n;
    }

    @Override
    public long lastResponse() {
        return (long) LONG.getAcquire(block, response);
    }
}
