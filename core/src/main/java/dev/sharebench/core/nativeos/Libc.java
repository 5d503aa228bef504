package dev.sharebench.core.nativeos;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few libc functions the cross-process mechanisms need, as FFM downcall handles (no JNA, no JNI).
 * Every handle captures {@code errno}, so a failure reports the real reason. Only valid on Linux
 * x86_64 / aarch64 with glibc or musl; {@link #AVAILABLE} says whether the handles could be bound.
 *
 * <p>Callers use the small facades ({@link Futex}, {@link Affinity}, {@link PipeSize}, {@link Fifo})
 * rather than this class.
 */
final class Libc {

    static final boolean AVAILABLE;
    static final Linker LINKER = Linker.nativeLinker();
    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    /** long syscall(long number, ...): variadic, used for futex. */
    static final MethodHandle SYSCALL6;
    /** int sched_setaffinity(pid_t, size_t, const cpu_set_t*). */
    static final MethodHandle SCHED_SETAFFINITY;
    static final MethodHandle SCHED_GETAFFINITY;
    /** int fcntl(int fd, int cmd, ...): variadic. */
    static final MethodHandle FCNTL_INT;
    /** int mkfifo(const char*, mode_t). */
    static final MethodHandle MKFIFO;

    @SuppressWarnings("restricted") // downcalls need --enable-native-access, which every suite JVM gets
    private static MethodHandle downcall(SymbolLookup libc, String name, FunctionDescriptor fd, Linker.Option... options) {
        return LINKER.downcallHandle(libc.findOrThrow(name), fd, options);
    }

    static {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        MethodHandle syscall = null, setAff = null, getAff = null, fcntl = null, mkfifo = null;
        if (linux) {
            SymbolLookup libc = LINKER.defaultLookup();
            Linker.Option errno = Linker.Option.captureCallState("errno");
            syscall = downcall(libc, "syscall",
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(1), errno);
            setAff = downcall(libc, "sched_setaffinity",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), errno);
            getAff = downcall(libc, "sched_getaffinity",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), errno);
            fcntl = downcall(libc, "fcntl",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(2), errno);
            mkfifo = downcall(libc, "mkfifo",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        }
        AVAILABLE = linux;
        SYSCALL6 = syscall;
        SCHED_SETAFFINITY = setAff;
        SCHED_GETAFFINITY = getAff;
        FCNTL_INT = fcntl;
        MKFIFO = mkfifo;
    }

    private Libc() {
    }

    static void requireAvailable(String what) {
        if (!AVAILABLE) {
            throw new UnsupportedOperationException(what + " needs Linux (this is " + System.getProperty("os.name") + ")");
        }
    }

    /** A fresh errno capture buffer, to be passed as the first argument of a handle. */
    static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    static int errno(MemorySegment callState) {
        return (int) ERRNO.get(callState, 0L);
    }
}
