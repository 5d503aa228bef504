package dev.sharebench.core.proof.cases.checks;

import static dev.sharebench.core.workload.MechanismRef.define;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.contract.InProcessMap;
import dev.sharebench.core.contract.PingPong;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.floor.PingPongCell;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.BulkArrayArgs;
import dev.sharebench.core.workload.CounterArgs;
import dev.sharebench.core.workload.CrossCounterArgs;
import dev.sharebench.core.workload.CrossCounters;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.FloorArgs;
import dev.sharebench.core.workload.HandoffArgs;
import dev.sharebench.core.workload.MapArgs;
import dev.sharebench.core.workload.RoundTripArgs;
import dev.sharebench.core.workload.RoundTrips;
import dev.sharebench.core.workload.ScratchArgs;
import dev.sharebench.core.workload.SharedMapArgs;
import dev.sharebench.core.workload.StreamArgs;
import dev.sharebench.core.workload.Streams;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/*
 * Mechanisms with one planted fault each, registered in factories of their own so a check can run
 * them exactly as it runs the real ones. Each fault is deterministic (it happens every N calls or on
 * every call), so a check that can see it must fail every time. "sound-..." aliases are correct
 * mechanisms in the same factories: a check must not blame them for their neighbour's fault.
 */
final class PlantedFaults {

    private PlantedFaults() {
    }

    private static <A, T> Factory.Builder<A, T> builder(String contract) {
        return Factory.builder(contract, (args, alias) -> { });
    }

    private static dev.sharebench.core.workload.MechanismRef planted(String alias, Family family, String fault) {
        return define(alias, family, "planted fault: " + fault, "planted");
    }

    // --- P30: a counter that loses updates ---------------------------------------------------------

    static final Factory<CounterArgs, SharedCounter> COUNTERS = PlantedFaults.<CounterArgs, SharedCounter>builder("SharedCounter")
            .register(planted("sound-counter", Family.LOCK, "none"), (alias, a) -> new Counter(alias, 0))
            .register(planted("lossy-counter", Family.LOCK, "drops every 997th add"), (alias, a) -> new Counter(alias, 997))
            .build();

    private record Counter(String alias, int loseEvery, AtomicLong total, AtomicLong calls) implements SharedCounter {
        Counter(String alias, int loseEvery) {
            this(alias, loseEvery, new AtomicLong(), new AtomicLong());
        }

        public void add(long delta) {
            if (loseEvery == 0 || calls.incrementAndGet() % loseEvery != 0) {
                total.addAndGet(delta);
            }
        }

        public long sum() {
            return total.get();
        }
    }

    // --- P31: handoffs that drop, duplicate or reorder ---------------------------------------------

    enum HandoffFault { NONE, DROP, DUPLICATE, REORDER }

    static final Factory<HandoffArgs, Handoff> HANDOFFS = PlantedFaults.<HandoffArgs, Handoff>builder("Handoff")
            .register(planted("sound-handoff", Family.QUEUE, "none"), Set.of(WaitStrategy.PARK), (alias, a) -> new FaultyHandoff(alias, HandoffFault.NONE))
            .register(planted("dropping-handoff", Family.QUEUE, "accepts every 1000th item and loses it"), Set.of(WaitStrategy.PARK),
                    (alias, a) -> new FaultyHandoff(alias, HandoffFault.DROP))
            .register(planted("duplicating-handoff", Family.QUEUE, "delivers every 1000th item twice"), Set.of(WaitStrategy.PARK),
                    (alias, a) -> new FaultyHandoff(alias, HandoffFault.DUPLICATE))
            .register(planted("reordering-handoff", Family.QUEUE, "swaps every 1000th item with the next"), Set.of(WaitStrategy.PARK),
                    (alias, a) -> new FaultyHandoff(alias, HandoffFault.REORDER))
            .build();

    static final Factory<FloorArgs, PingPongCell> NO_FLOORS = PlantedFaults.<FloorArgs, PingPongCell>builder("PingPongCell").build();

    // --- P31: floors whose answer is not the ponger's ---------------------------------------------

    enum FloorFault { NONE, ECHO, SELF_ANSWER, STALE }

    static final Factory<HandoffArgs, Handoff> NO_HANDOFFS = PlantedFaults.<HandoffArgs, Handoff>builder("Handoff").build();

    static final Factory<FloorArgs, PingPong> FLOORS = PlantedFaults.<FloorArgs, PingPong>builder("PingPongCell")
            .register(planted("sound-floor", Family.FLOOR, "none"), (alias, a) -> new FaultyFloor(FloorFault.NONE))
            .register(planted("echoing-floor", Family.FLOOR, "the ponger answers the request itself (the floor before it replied n + 1)"),
                    (alias, a) -> new FaultyFloor(FloorFault.ECHO))
            .register(planted("self-answering-floor", Family.FLOOR, "ping answers every 1000th request itself, without the ponger"),
                    (alias, a) -> new FaultyFloor(FloorFault.SELF_ANSWER))
            .register(planted("stale-floor", Family.FLOOR, "the ponger answers request 1000 with its previous answer, again (headline layout only)"),
                    (alias, a) -> new FaultyFloor(a.equals(FloorArgs.HEADLINE) ? FloorFault.STALE : FloorFault.NONE))
            .build();

    /*
     * The floor's protocol on two atomics, with one fault: ECHO answers n instead of reply(n) (every
     * answer wrong, and the round trips still complete: what "ping returns its argument" could not
     * see); SELF_ANSWER returns reply(n) for n = 1000, 2000, ... without publishing the request (the
     * answer is right, the ponger never saw it: a gap in its sequence); STALE leaves the answer to 999
     * in place when asked 1000 (the pinger gets no new answer: a hang, bounded by the check's wait; only in
     * the headline layout, so the test pays that wait twice, not eight times).
     */
    private static final class FaultyFloor implements PingPong {
        private final FloorFault fault;
        private final AtomicLong request = new AtomicLong();
        private final AtomicLong response = new AtomicLong();

        FaultyFloor(FloorFault fault) {
            this.fault = fault;
        }

        public long ping(long n, BooleanSupplier stop) {
            if (fault == FloorFault.SELF_ANSWER && n % 1000 == 0) {
                return PingPong.reply(n);
            }
            long old = response.get();
            request.set(n);
            long answer;
            while ((answer = response.get()) == old) {
                if (stop.getAsBoolean()) {
                    return STOPPED;
                }
                Thread.onSpinWait();
            }
            return answer;
        }

        public long pong(long last, BooleanSupplier stop) {
            long n;
            while ((n = request.get()) == last) {
                if (stop.getAsBoolean()) {
                    return STOPPED;
                }
                Thread.onSpinWait();
            }
            response.set(switch (fault) {
                case ECHO -> n;
                case STALE -> n == 1000 ? response.get() : PingPong.reply(n);
                case NONE, SELF_ANSWER -> PingPong.reply(n);
            });
            return n;
        }

        public long lastResponse() {
            return response.get();
        }
    }

    /* One producer, one consumer, a queue of capacity 1024 behind offer/poll; the fault strikes at items 999, 1999, ... */
    private static final class FaultyHandoff implements Handoff {
        private final String alias;
        private final HandoffFault fault;
        private final ArrayBlockingQueue<Long> queue = new ArrayBlockingQueue<>(1024);
        private long held = NONE; // REORDER: the item held back to be sent after the next one

        FaultyHandoff(String alias, HandoffFault fault) {
            this.alias = alias;
            this.fault = fault;
        }

        public String alias() {
            return alias;
        }

        public WaitStrategy waitStrategy() {
            return WaitStrategy.PARK;
        }

        public boolean offer(long item) {
            if (queue.remainingCapacity() < 2) {
                return false;
            }
            boolean struck = item % 1000 == 999;
            switch (fault) {
                case DROP -> {
                    if (!struck) {
                        queue.add(item);
                    }
                }
                case DUPLICATE -> {
                    queue.add(item);
                    if (struck) {
                        queue.add(item);
                    }
                }
                case REORDER -> {
                    if (struck) {
                        held = item;
                    } else {
                        queue.add(item);
                        if (held != NONE) {
                            queue.add(held);
                            held = NONE;
                        }
                    }
                }
                case NONE -> queue.add(item);
            }
            return true;
        }

        public long poll() {
            Long item = queue.poll();
            return item == null ? NONE : item;
        }
    }

    // --- P32: bulk arrays that tear or serve stale values -------------------------------------------

    static final Factory<ScratchArgs, Scratch<?>> NO_SCRATCHES = PlantedFaults.<ScratchArgs, Scratch<?>>builder("Scratch").build();

    static final Factory<BulkArrayArgs, BulkArray> BULK_ARRAYS = PlantedFaults.<BulkArrayArgs, BulkArray>builder("BulkArray")
            .register(planted("tearing-array", Family.OFFHEAP, "set stores the high half, then the low half"),
                    (alias, a) -> new TearingArray(alias, (int) a.length()))
            .register(planted("stale-array", Family.OFFHEAP, "serves a thread that wrote nothing the value before the last write"),
                    (alias, a) -> new StaleArray(alias, (int) a.length()))
            .build();

    /* What the planted arrays share: an alias, a sum through get(), nothing to release. */
    private abstract static class PlantedArray implements BulkArray {
        private final String alias;

        PlantedArray(String alias) {
            this.alias = alias;
        }

        public String alias() {
            return alias;
        }

        public long sum(long from, long to) {
            long s = 0;
            for (long i = from; i < to; i++) {
                s += get(i);
            }
            return s;
        }

        public void close() {
        }
    }

    /*
     * Stores a long as two ints, high half first; set yields between them: a reader in the pause sees
     * half of the new value and half of the old. Once set returns, the element is whole, so a check
     * that reads only after the writers are done never sees it.
     */
    private static final class TearingArray extends PlantedArray {
        private final AtomicIntegerArray halves;

        TearingArray(String alias, int length) {
            super(alias);
            this.halves = new AtomicIntegerArray(2 * length);
        }

        public long length() {
            return halves.length() / 2;
        }

        public long get(long index) {
            int i = (int) index;
            return (long) halves.get(2 * i) << 32 | (halves.get(2 * i + 1) & 0xFFFF_FFFFL);
        }

        public void set(long index, long value) {
            store((int) index, value, true);
        }

        public void increment(long index) {
            store((int) index, get(index) + 1, false);
        }

        public void addToRange(long from, long to, long delta) {
            for (long i = from; i < to; i++) {
                store((int) i, get(i) + delta, false);
            }
        }

        /* High half, then low half; when {@code tear}, a yield between them: a reader on either CPU sees half a write. */
        private void store(int i, long value, boolean tear) {
            halves.set(2 * i, (int) (value >>> 32));
            if (tear) {
                Thread.yield();
            }
            halves.set(2 * i + 1, (int) value);
        }

    }

    /*
     * A read cache one write behind: a thread that has written nothing to the array (a pure reader)
     * is served each element's value before its last write; the thread that created the array and
     * the threads that write see the current value. Every value served is whole, so only a check
     * that knows which pattern was already complete when it read can see the fault: after the writer
     * is done, the reader still gets the last pattern but one.
     */
    private static final class StaleArray extends PlantedArray {
        private final AtomicLongArray current;
        private final AtomicLongArray previous;
        private final Thread creator = Thread.currentThread();
        private final Set<Thread> writers = ConcurrentHashMap.newKeySet();

        StaleArray(String alias, int length) {
            super(alias);
            this.current = new AtomicLongArray(length);
            this.previous = new AtomicLongArray(length);
        }

        public long length() {
            return current.length();
        }

        public long get(long index) {
            Thread t = Thread.currentThread();
            return (t == creator || writers.contains(t) ? current : previous).get((int) index);
        }

        public void set(long index, long value) {
            int i = (int) index;
            Thread t = Thread.currentThread();
            if (t != creator) {
                writers.add(t);
            }
            previous.set(i, t == creator ? value : current.get(i));
            current.set(i, value);
        }

        public void increment(long index) {
            set(index, get(index) + 1);
        }

        public void addToRange(long from, long to, long delta) {
            for (long i = from; i < to; i++) {
                set(i, get(i) + delta);
            }
        }

    }

    // --- P33: round trips whose answer is not the peer's, or that hide a dead peer -----------------

    static final Factory<RoundTripArgs, RoundTrip> ROUND_TRIPS = PlantedFaults.<RoundTripArgs, RoundTrip>builder("RoundTrip")
            .register(planted("own-argument-echo", Family.PIPE, "hands back what the peer echoed: the caller's own argument"),
                    (alias, a) -> new CatRoundTrip(alias, false))
            .register(planted("dead-peer-hidden", Family.PIPE, "answers from memory when its peer is gone"),
                    (alias, a) -> new CatRoundTrip(alias, true))
            .register(planted("local-reply", Family.PIPE, "a real pipe peer, but 9 of 10 answers computed by the caller"),
                    (alias, a) -> new LocalReply(alias, a))
            .build();

    /*
     * Over a real pipe round trip (a child JVM that witnesses what it answers), but only every tenth
     * request goes to the peer: the caller answers the others itself with RoundTrip.reply(v), which
     * is exactly what the peer would have said. It throws once its peer has died, so the kill test
     * cannot see it either: only the peer's own count of answers can.
     */
    private static final class LocalReply implements RoundTrip {
        private final String alias;
        private final RoundTrip real;
        private final java.util.List<ProcessHandle> peers;

        LocalReply(String alias, RoundTripArgs args) {
            NewChildren children = NewChildren.snapshot();
            this.alias = alias;
            this.real = RoundTrips.FACTORY.create("pipe", args);
            this.peers = children.started();
        }

        public long roundTrip(long value) {
            if (!peers.stream().allMatch(ProcessHandle::isAlive)) {
                throw new IllegalStateException(alias + ": the peer is gone");
            }
            return value % 10 == 0 ? real.roundTrip(value) : RoundTrip.reply(value);
        }

        public String mechanism() {
            return alias;
        }

        public void close() {
            real.close();
        }
    }

    /*
     * A round trip through a `cat` child (a real peer process that echoes bytes, and cheap to start).
     * own-argument-echo returns what came back, which is the caller's own argument: the fault of a
     * mechanism whose answer never depended on the peer. dead-peer-hidden computes the reply itself
     * and, when the pipe to its peer breaks, keeps answering as if nothing happened.
     */
    private static final class CatRoundTrip implements RoundTrip {
        private final String alias;
        private final boolean hidesDeath;
        private final Process cat;
        private final DataOutputStream out;
        private final DataInputStream in;

        CatRoundTrip(String alias, boolean hidesDeath) {
            this.alias = alias;
            this.hidesDeath = hidesDeath;
            try {
                this.cat = new ProcessBuilder("cat").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.out = new DataOutputStream(cat.getOutputStream());
            this.in = new DataInputStream(cat.getInputStream());
        }

        public long roundTrip(long value) {
            try {
                out.writeLong(value);
                out.flush();
                long echo = in.readLong();
                return hidesDeath ? RoundTrip.reply(echo) : echo;
            } catch (IOException e) {
                if (hidesDeath) {
                    return RoundTrip.reply(value);
                }
                throw new UncheckedIOException(alias + ": the peer is gone", e);
            }
        }

        public String mechanism() {
            return alias;
        }

        public void close() {
            cat.destroyForcibly();
        }
    }

    // --- P34: data across processes that goes missing --------------------------------------------

    static final Factory<CrossCounterArgs, CrossCounter> CROSS_COUNTERS = PlantedFaults.<CrossCounterArgs, CrossCounter>builder("CrossCounter")
            .register(planted("short-cross-counter", Family.MMAP, "loses every 100th add and does not notice"), (alias, a) -> new ShortCrossCounter())
            .register(planted("lying-cross-counter", Family.MMAP, "the real mmap counter and child, loses every 100th add, and its finish hides it"),
                    (alias, a) -> new LyingCrossCounter(a))
            .build();

    static final Factory<StreamArgs, StreamSender> STREAMS = PlantedFaults.<StreamArgs, StreamSender>builder("StreamSender")
            .register(planted("short-stream", Family.PIPE, "loses the last message and reports what arrived"), (alias, a) -> new ShortStream())
            .register(planted("lying-stream", Family.PIPE, "the real pipe stream and child, skips every 100th message, and its finish says all arrived"),
                    (alias, a) -> new LyingStream(a))
            .build();

    static final Factory<SharedMapArgs, SharedMapWorkload> NO_SHARED_MAPS = PlantedFaults.<SharedMapArgs, SharedMapWorkload>builder("SharedMapWorkload").build();

    /* Its finish reports the total it has, without comparing it with what was added. */
    private static final class ShortCrossCounter implements CrossCounter {
        private long total;
        private long calls;

        public void add(long delta) {
            if (++calls % 100 != 0) {
                total += delta;
            }
        }

        public long total() {
            return total;
        }

        public long finish(long addedHere) {
            return total;
        }

        public void close() {
        }
    }

    /* Its finish reports how many messages "arrived": all but the last. */
    private static final class ShortStream implements StreamSender {
        private long sent;

        public void send(long seq) {
            sent++;
        }

        public long finish(long count) {
            return sent - 1;
        }

        public void close() {
        }
    }

    /*
     * The real mmap counter (its child adds and witnesses its own adds), but every 100th add of this
     * process is skipped, and finish() tells the real verification it added that many fewer: the
     * mechanism's own check passes, the shared total is short.
     */
    private static final class LyingCrossCounter implements CrossCounter {
        private final CrossCounter real;
        private long calls;
        private long skipped;

        LyingCrossCounter(CrossCounterArgs args) {
            this.real = CrossCounters.FACTORY.create("mmap", args);
        }

        public void add(long delta) {
            if (++calls % 100 == 0) {
                skipped += delta;
            } else {
                real.add(delta);
            }
        }

        public long total() {
            return real.total();
        }

        public long finish(long addedHere) {
            return real.finish(addedHere - skipped);
        }

        public void close() {
            real.close();
        }
    }

    /*
     * The real pipe stream (its child checks every message and witnesses how many were intact), but
     * every 100th message is never sent; finish() swallows the child's complaint and says every
     * message arrived.
     */
    private static final class LyingStream implements StreamSender {
        private final StreamSender real;

        LyingStream(StreamArgs args) {
            this.real = Streams.FACTORY.create("pipe", args);
        }

        public void send(long seq) {
            if (seq % 100 != 0) {
                real.send(seq);
            }
        }

        public long finish(long count) {
            try {
                real.finish(count);
            } catch (RuntimeException theChildComplained) {
                // NOTE: the planted lie
            }
            return count;
        }

        public void close() {
            real.close();
        }
    }

    // --- P35: a map that loses a put ---------------------------------------------------------------

    static final Factory<MapArgs, InProcessMap<?, ?>> MAPS = PlantedFaults.<MapArgs, InProcessMap<?, ?>>builder("InProcessMap")
            .register(planted("forgetful-map", Family.MAP, "keeps every 500th put in the putting thread only"), (alias, a) -> new ForgetfulMap())
            .build();

    /*
     * Every 500th put goes to a map of the putting thread only: the thread reads its own put back, so
     * the fault shows only in the snapshot, as a lost entry.
     */
    private static final class ForgetfulMap implements InProcessMap<Object, Object> {
        private final Map<Object, Object> shared = new ConcurrentHashMap<>();
        private final ThreadLocal<Map<Object, Object>> mine = ThreadLocal.withInitial(HashMap::new);
        private final AtomicLong puts = new AtomicLong();

        public Object get(Object key) {
            Object v = mine.get().get(key);
            return v != null ? v : shared.get(key);
        }

        public void put(Object key, Object value) {
            (puts.incrementAndGet() % 500 == 0 ? mine.get() : shared).put(key, value);
        }

        public Map<Object, Object> snapshot() {
            return Map.copyOf(shared);
        }

        public String alias() {
            return "forgetful-map";
        }
    }
}
