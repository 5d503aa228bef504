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
 * <p>Callers use the small facades ({@link Futex}, {@link Affinity}, {@link PipeSize}, {@link Fifo},
 * {@link PipeChannel}, {@link CpuClock}) rather than this class.
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
    /** int open(const char*, int flags, ...): variadic, called without a mode (no O_CREAT). */
    static final MethodHandle OPEN;
    /**
     * ssize_t read(int, void*, size_t) and write: the buffer as a raw address (a long), so that a
     * call allocates no MemorySegment (a pointer is a 64-bit integer argument on x86_64 and aarch64).
     */
    static final MethodHandle READ;
    static final MethodHandle WRITE;
    /** int poll(struct pollfd*, nfds_t, int timeoutMillis). */
    static final MethodHandle POLL;
    /** int close(int). */
    static final MethodHandle CLOSE;
    /** int clock_getcpuclockid(pid_t, clockid_t*): returns the error number, sets no errno. */
    static final MethodHandle CLOCK_GETCPUCLOCKID;
    /** int clock_gettime(clockid_t, struct timespec*). */
    static final MethodHandle CLOCK_GETTIME;

    @SuppressWarnings("restricted") // downcalls need --enable-native-access, which every suite JVM gets
    private static MethodHandle downcall(SymbolLookup libc, String name, FunctionDescriptor fd, Linker.Option... options) {
        return LINKER.downcallHandle(libc.findOrThrow(name), fd, options);
    }

    static {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        MethodHandle syscall = null, setAff = null, getAff = null, fcntl = null, mkfifo = null;
        MethodHandle open = null, read = null, write = null, poll = null, close = null, cpuClock = null, getTime = null;
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
            open = downcall(libc, "open", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(2), errno);
            FunctionDescriptor io = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
            read = downcall(libc, "read", io, errno);
            write = downcall(libc, "write", io, errno);
            poll = downcall(libc, "poll",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), errno);
            close = downcall(libc, "close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), errno);
            cpuClock = downcall(libc, "clock_getcpuclockid",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            getTime = downcall(libc, "clock_gettime",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
        }
        AVAILABLE = linux;
        SYSCALL6 = syscall;
        SCHED_SETAFFINITY = setAff;
        SCHED_GETAFFINITY = getAff;
        FCNTL_INT = fcntl;
        MKFIFO = mkfifo;
        OPEN = open;
        READ = read;
        WRITE = write;
        POLL = poll;
        CLOSE = close;
        CLOCK_GETCPUCLOCKID = cpuClock;
        CLOCK_GETTIME = getTime;
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
