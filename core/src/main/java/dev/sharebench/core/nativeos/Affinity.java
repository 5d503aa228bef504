package dev.sharebench.core.nativeos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU pinning with {@code sched_setaffinity} through FFM. On Linux, a pid argument of 0 means "the
 * calling THREAD", so {@link #pinCurrentThread} pins one thread and {@link #pinProcess} walks
 * {@code /proc/self/task} to pin every thread (threads created later inherit their creator's mask).
 */
public final class Affinity {

    private static final int CPUSET_BYTES = 128; // cpu_set_t: 1024 CPUs

    private Affinity() {
    }

    public static boolean available() {
        return Libc.AVAILABLE;
    }

    /** The CPUs the calling thread may run on. */
    public static BitSet currentThreadCpus() {
        Libc.requireAvailable("sched_getaffinity");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(CPUSET_BYTES, 8);
            MemorySegment state = Libc.callState(arena);
            int r = (int) Libc.SCHED_GETAFFINITY.invokeExact(state, 0, (long) CPUSET_BYTES, set);
            if (r != 0) {
                throw new IllegalStateException("sched_getaffinity failed, errno " + Libc.errno(state));
            }
            return BitSet.valueOf(set.toArray(ValueLayout.JAVA_BYTE));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("sched_getaffinity downcall failed", t);
        }
    }

    /** Pin the calling thread to exactly {@code cpus}. */
    public static void pinCurrentThread(BitSet cpus) {
        setAffinity(0, cpus);
    }

    /** Pin every existing thread of this process to {@code cpus}. */
    public static void pinProcess(BitSet cpus) {
        List<Integer> tids = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(p -> tids.add(Integer.parseInt(p.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc/self/task to pin this process", e);
        }
        for (int tid : tids) {
            try {
                setAffinity(tid, cpus);
            } catch (IllegalStateException e) {
                // A thread may end between the listing and the call (ESRCH = 3): only that is fine.
                if (!e.getMessage().endsWith("errno 3")) {
                    throw e;
                }
            }
        }
    }

    private static void setAffinity(int tid, BitSet cpus) {
        Libc.requireAvailable("sched_setaffinity");
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("cpus must name at least one CPU");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(CPUSET_BYTES, 8);
            byte[] bits = cpus.toByteArray();
            MemorySegment.copy(bits, 0, set, ValueLayout.JAVA_BYTE, 0, Math.min(bits.length, CPUSET_BYTES));
            MemorySegment state = Libc.callState(arena);
            int r = (int) Libc.SCHED_SETAFFINITY.invokeExact(state, tid, (long) CPUSET_BYTES, set);
            if (r != 0) {
                throw new IllegalStateException("sched_setaffinity(" + tid + ", " + cpus + ") failed, errno " + Libc.errno(state));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("sched_setaffinity downcall failed", t);
        }
    }
}
