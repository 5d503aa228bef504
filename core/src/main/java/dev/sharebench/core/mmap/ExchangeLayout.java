package dev.sharebench.core.mmap;

/**
 * The shared-memory block of the mmap ping-pong and counter mechanisms: one descriptor, so both
 * processes agree on every offset. Each group sits on its own 128-byte stretch (two cache lines, so
 * the adjacent-line prefetcher does not couple them).
 *
 * <pre>
 *   0    +---------------------------------------------+
 *        | magic: long "SHAREBN1" | version: int       |  SharedMapping header (CAS-initialized once)
 *   64   | stop: int                                    |  parent asks the child's loop to stop
 *   128  +---------------------------------------------+
 *        | req.seq: int (futex word) | req.sleeping: int| req.value: long |   parent -> child
 *   256  +---------------------------------------------+
 *        | resp.seq: int (futex word)| resp.sleeping:int| resp.value: long|   child -> parent
 *   384  +---------------------------------------------+
 *        | counter: long                                |  mmap: LOCK XADD from both processes
 *   512  +---------------------------------------------+
 *        | lock: long (0 = free, else owner pid) | guarded: long |  mmap-lock CAS lock / file-lock region
 *   640  +---------------------------------------------+
 *        | (unused to 4096)                             |
 *   4096 +---------------------------------------------+
 * </pre>
 *
 * A mailbox is {seq, sleeping, value}: the writer stores value, then seq (release / volatile); the
 * reader waits for seq to change, then reads value. {@code sleeping} is the waiter's "I am about to
 * futex-wait" flag: the writer only pays for FUTEX_WAKE (a syscall) when it is set.
 */
public final class ExchangeLayout {

    public static final int VERSION = 1;
    public static final long BYTES = 4096;

    public static final long STOP = 64;
    public static final long REQ = 128;
    public static final long RESP = 256;
    /** Offsets inside a mailbox. */
    public static final long SEQ = 0;
    public static final long SLEEPING = 4;
    public static final long VALUE = 8;

    public static final long COUNTER = 384;
    public static final long LOCK = 512;
    public static final long GUARDED = 520;

    private ExchangeLayout() {
    }
}
