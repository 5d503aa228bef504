/*
 * shm-ring.c: one-way stream through a single-producer single-consumer byte ring in shared memory
 * between two processes: the C peer of StreamBench's mmap-spsc-ring row (core mmap.SpscByteRing,
 * RingLayout, RingStream, RingSinkRole), measured in the same run.
 *
 * The same ring as the Java one, byte for byte:
 *   0    header (magic)            128  tail: int64 (producer)     256  head: int64 (consumer)
 *   384  data: capacity bytes, a power of two. A record is len:int32 | payload, padded to 8 bytes;
 *        a payload that runs past the end of the data continues at its start (two copies).
 * Each index is written by one side with a release store and read by the other with an acquire
 * load; each side keeps a private cached copy of the other's index and reads the shared one only
 * when the ring looks full (producer) or empty (consumer). The effective capacity follows
 * RingLayout.capacityFor: at least --capacity and at least 8 records, a power of two, >= 1024.
 * A zero-length record ends the stream. Both sides wait like Java's WaitStrategy.YIELD: 100 spins
 * with PAUSE, then sched_yield() (safe in every placement, also on one CPU).
 *
 * The mapping is anonymous shared memory (MAP_SHARED | MAP_ANONYMOUS before fork: the same shmem
 * pages as Java's /dev/shm file, with no name that could be left behind).
 *
 * Per message, as in Java: the producer stamps the sequence number into the first 8 bytes of every
 * 4 KiB block and into the last 8 bytes of its private payload and copies it into the ring; the
 * consumer copies each message out into its own buffer and checks it.
 * --check full (default): the first stamp must be the expected sequence number and a checksum over
 *   EVERY byte must match. The payload is fixed random bytes plus the stamps, and the checksum is
 *   linear in the 64-bit words, so the expected value is base + seq * unit, computed once (no
 *   second pass at the producer). The consumer copies out 16 KiB at a time and sums each chunk
 *   while it is still in L1: a second read of every byte, from L1 (the README gives the cost).
 * --check stamps: exactly Java's Payloads.check (every stamp, not every byte): the like-for-like
 *   peer of the Java row.
 * At the end the consumer reports {messages, first bad message} through a pipe; any error,
 * or a count that differs from what was sent, exits 1.
 *
 * Timed at the producer (as JMH times StreamBench's sender): 10 sub-windows, messages per second
 * in each; the value is their median.
 *
 * Usage: shm-ring [--payload BYTES] [--capacity BYTES] [--placement cross-cpu|same-cpu|os]
 *                 [--check full|stamps] [--ms N]
 */
#include "ref-common.h"

#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define TAIL 128
#define HEAD 256
#define DATA 384
#define BLOCK 4096
#define WINDOWS 10
#define SPINS_BEFORE_YIELD 100
#define CHUNK 16384  /* consumer: copy out and checksum 16 KiB at a time, while it is in L1 */

struct ring {
    unsigned char *base, *data;
    uint64_t capacity, mask;
    uint64_t pos;    /* producer: tail; consumer: head (private copy) */
    uint64_t cache;  /* producer: last head seen; consumer: last tail seen */
};

static _Atomic uint64_t *word(struct ring *r, size_t off) { return (_Atomic uint64_t *) (r->base + off); }

/* RingLayout.capacityFor: >= requested, >= 8 records of the payload, a power of two, >= 1024. */
static uint64_t capacity_for(uint64_t requested, uint64_t payload) {
    uint64_t need = requested > 8 * (payload + 16) ? requested : 8 * (payload + 16), c = 1024;
    while (c < need) c <<= 1;
    return c;
}

static void idle(int *n) {
    if (++*n < SPINS_BEFORE_YIELD) CPU_RELAX();
    else sched_yield();
}

static uint64_t record_bytes(uint64_t len) { return (4 + len + 7) & ~UINT64_C(7); }

/* Copies len bytes between the private buffer and the ring at `at`, wrapping at the end. */
static void copy_in(struct ring *r, uint64_t at, const unsigned char *src, uint64_t len) {
    uint64_t first = len < r->capacity - at ? len : r->capacity - at;
    memcpy(r->data + at, src, first);
    if (first < len) memcpy(r->data, src + first, len - first);
}

static void copy_out(struct ring *r, uint64_t at, unsigned char *dst, uint64_t len) {
    uint64_t first = len < r->capacity - at ? len : r->capacity - at;
    memcpy(dst, r->data + at, first);
    if (first < len) memcpy(dst + first, r->data, len - first);
}

/* SpscByteRing.offer: 0 when the ring has no room for the record. */
static int offer(struct ring *r, const unsigned char *src, uint32_t len) {
    uint64_t rec = record_bytes(len);
    if (r->pos + rec - r->cache > r->capacity) {
        r->cache = atomic_load_explicit(word(r, HEAD), memory_order_acquire);
        if (r->pos + rec - r->cache > r->capacity) return 0;
    }
    uint64_t at = r->pos & r->mask;
    memcpy(r->data + at, &len, 4);  /* records are 8-aligned and the capacity >= 1024: never wraps */
    copy_in(r, (at + 4) & r->mask, src, len);
    r->pos += rec;
    atomic_store_explicit(word(r, TAIL), r->pos, memory_order_release);
    return 1;
}

/* ---- payload: stamps and checksum ------------------------------------------------------------ */

/* Payloads.stamp: seq into the first 8 bytes of every 4 KiB block and into the last 8 bytes. */
static void stamp(unsigned char *p, uint64_t len, uint64_t seq) {
    if (len < 8) return;  /* never (payloads are >= 64 bytes); tells the compiler len - 8 is safe */
    for (uint64_t off = 0; off + 8 <= len; off += BLOCK) memcpy(p + off, &seq, 8);
    memcpy(p + len - 8, &seq, 8);
}

/* Payloads.check: 0 if every stamp is seq. */
static int stamps_ok(const unsigned char *p, uint64_t len, uint64_t seq) {
    uint64_t v;
    if (len < 8) return 0;
    for (uint64_t off = 0; off + 8 <= len; off += BLOCK) {
        memcpy(&v, p + off, 8);
        if (v != seq) return 0;
    }
    memcpy(&v, p + len - 8, 8);
    return v == seq;
}

/*
 * A checksum over every 64-bit word, four lanes of a Fletcher-style pair (a += w; b += a) so that
 * it runs at memory speed and sees positions, combined with odd weights for a and even ones for b:
 * every word gets an odd coefficient, so any single changed word is caught. Linear in the words
 * (mod 2^64): checksum(x + y) = checksum(x) + checksum(y). Fed in pieces whose lengths are
 * multiples of 32 bytes (only the last may be any multiple of 8), it gives the same result as
 * over the whole message.
 */
struct sum {
    uint64_t a[4], b[4];
};

static void sum_words(struct sum *s, const unsigned char *p, uint64_t len) {
    uint64_t a0 = s->a[0], a1 = s->a[1], a2 = s->a[2], a3 = s->a[3];
    uint64_t b0 = s->b[0], b1 = s->b[1], b2 = s->b[2], b3 = s->b[3], w[4];
    uint64_t n = len / 8, i = 0;
    for (; i + 4 <= n; i += 4) {
        memcpy(w, p + 8 * i, 32);
        a0 += w[0]; b0 += a0;
        a1 += w[1]; b1 += a1;
        a2 += w[2]; b2 += a2;
        a3 += w[3]; b3 += a3;
    }
    for (; i < n; i++) {
        memcpy(w, p + 8 * i, 8);
        a0 += w[0]; b0 += a0;
    }
    *s = (struct sum){{a0, a1, a2, a3}, {b0, b1, b2, b3}};
}

static uint64_t sum_value(const struct sum *s) {
    return s->a[0] * 0x9E3779B97F4A7C15u + s->a[1] * 0xC2B2AE3D27D4EB4Fu + s->a[2] * 0x165667B19E3779F9u
         + s->a[3] * 0x27D4EB2F165667C5u + s->b[0] * 0x94D049BB133111EAu + s->b[1] * 0xBF58476D1CE4E5B8u
         + s->b[2] * 0x2545F4914F6CDD1Cu + s->b[3] * 0x5851F42D4C957F2Cu;
}

static uint64_t checksum(const unsigned char *p, uint64_t len) {
    struct sum s = {{0}, {0}};
    sum_words(&s, p, len);
    return sum_value(&s);
}

/* The message for sequence number seq checksums to base + seq * unit (linearity). */
struct expect {
    uint64_t base, unit;
};

static struct expect expectation(const unsigned char *payload, uint64_t len) {
    unsigned char *tmp = malloc(len);
    memcpy(tmp, payload, len);
    stamp(tmp, len, 0);
    struct expect e = {checksum(tmp, len), 0};
    memset(tmp, 0, len);
    stamp(tmp, len, 1);
    e.unit = checksum(tmp, len);
    free(tmp);
    return e;
}

/* Fixed pseudo-random payload bytes (xorshift64), the same in both processes. */
static void fill(unsigned char *p, uint64_t len) {
    uint64_t x = 0x5EED5EED5EED5EEDu;
    for (uint64_t i = 0; i < len; i += 8) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        memcpy(p + i, &x, 8);
    }
}

/*
 * SpscByteRing.poll: the record's length, or -1 when the ring is empty. The copy goes out in
 * chunks of CHUNK bytes, each handed to `sum` (if not NULL) while it is still in L1.
 */
static long poll_ring(struct ring *r, unsigned char *dst, uint64_t max, struct sum *sum) {
    if (r->pos == r->cache) {
        r->cache = atomic_load_explicit(word(r, TAIL), memory_order_acquire);
        if (r->pos == r->cache) return -1;
    }
    uint64_t at = r->pos & r->mask;
    uint32_t len;
    memcpy(&len, r->data + at, 4);
    if (len > max) ref_die(REF_WRONG, "ring record of %u bytes at %llu (corrupt ring)", len, (unsigned long long) r->pos);
    if (!sum) {
        copy_out(r, (at + 4) & r->mask, dst, len);
    } else {
        for (uint64_t off = 0; off < len; off += CHUNK) {
            uint64_t n = len - off < CHUNK ? len - off : CHUNK;
            copy_out(r, (at + 4 + off) & r->mask, dst + off, n);
            sum_words(sum, dst + off, n);
        }
    }
    r->pos += record_bytes(len);
    atomic_store_explicit(word(r, HEAD), r->pos, memory_order_release);
    return len;
}

/* ---- the two processes ----------------------------------------------------------------------- */

struct run {
    struct ring ring;
    uint64_t payload;
    int full_check;
    unsigned char *buf;  /* the producer's message, or the consumer's copy */
};

/* Child: poll, copy out, check, until the end marker; reports {messages, first bad or 0}. */
static void consumer(struct run *c, int report_fd, int cpu) {
    ref_pin(cpu);
    struct expect e = expectation(c->buf, c->payload);
    uint64_t seq = 0, bad = 0;
    int n = 0;
    for (;;) {
        struct sum s = {{0}, {0}};
        long len = poll_ring(&c->ring, c->buf, c->payload, c->full_check && !bad ? &s : NULL);
        if (len < 0) {
            idle(&n);
            continue;
        }
        n = 0;
        if (len == 0) break;
        seq++;
        if (bad) continue;
        uint64_t first;
        memcpy(&first, c->buf, 8);
        if ((uint64_t) len != c->payload || first != seq) bad = seq;
        else if (c->full_check ? sum_value(&s) != e.base + seq * e.unit : !stamps_ok(c->buf, (uint64_t) len, seq)) bad = seq;
    }
    uint64_t report[2] = {seq, bad};
    _exit(write(report_fd, report, sizeof report) == sizeof report ? 0 : REF_WRONG);
}

/* Producer: one message (stamp, then offer until there is room); exits 1 if the consumer died. */
static void send_one(struct run *p, uint64_t seq, uint32_t len, pid_t child) {
    if (len) stamp(p->buf, len, seq);
    int n = 0;
    while (!offer(&p->ring, p->buf, len)) {
        idle(&n);
        if ((n & 0x3FF) == 0 && waitpid(child, NULL, WNOHANG) == child) ref_die(REF_WRONG, "the consumer died while message %llu waited for space", (unsigned long long) seq);
    }
}

static const char USAGE[] =
    "usage: shm-ring [--payload BYTES] [--capacity BYTES] [--placement cross-cpu|same-cpu|os]\n"
    "                [--check full|stamps] [--ms N]\n"
    "Streams messages one way through an SPSC byte ring in shared memory to a child process, which\n"
    "copies each out and checks it, for about --ms ms (default 300) after a warm-up; prints one JSON\n"
    "line: messages/s (median of 10 sub-windows) and bytes/s.\n"
    "  --payload    message bytes, 64..1048576, a multiple of 8            (default 65536)\n"
    "  --capacity   ring bytes, a power of two 1024..1073741824; raised to hold 8 messages (default 1048576)\n"
    "  --placement  cross-cpu, same-cpu, os                                 (default cross-cpu)\n"
    "  --check      full: sequence number + checksum of every byte; stamps: Java's Payloads.check\n"
    "                                                                        (default full)\n"
    "Exit: 0 ok, 1 lost, reordered or corrupt message, 2 bad argument, 3 cannot run here.\n";

int main(int argc, char **argv) {
    ref_prog = "shm-ring";
    static const char *const placements[] = {"cross-cpu", "same-cpu", "os", NULL};
    static const char *const checks[] = {"full", "stamps", NULL};
    struct ref_opt o[] = {
        {"payload", NULL, 64, 1048576, "65536", 0},
        {"capacity", NULL, 1024, 1L << 30, "1048576", 0},
        {"placement", placements, 0, 0, "cross-cpu", 0},
        {"check", checks, 0, 0, "full", 0},
        {"ms", NULL, 1, 600000, "300", 0},
    };
    ref_parse(argc, argv, o, 5, USAGE);
    uint64_t payload = (uint64_t) ref_opt_long(&o[0]), requested = (uint64_t) ref_opt_long(&o[1]);
    if (payload % 8) ref_die(REF_USAGE, "--payload: %llu is not a multiple of 8", (unsigned long long) payload);
    if (requested & (requested - 1)) ref_die(REF_USAGE, "--capacity: %llu is not a power of two", (unsigned long long) requested);
    long ms = ref_opt_long(&o[4]);
    ref_watchdog(ms);
    int parent_cpu, child_cpu;
    ref_placement(o[2].value, &parent_cpu, &child_cpu);
    ref_pin(parent_cpu);

    struct run r = {.payload = payload, .full_check = ref_opt_is(&o[3], "full")};
    r.ring.capacity = capacity_for(requested, payload);
    r.ring.mask = r.ring.capacity - 1;
    r.ring.base = mmap(NULL, DATA + r.ring.capacity, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (r.ring.base == MAP_FAILED) ref_die(REF_CANNOT, "mmap of %llu bytes: %s", (unsigned long long) (DATA + r.ring.capacity), strerror(errno));
    r.ring.data = r.ring.base + DATA;
    memcpy(r.ring.base, "SHAREBN1", 8);
    r.buf = malloc(payload);
    if (!r.buf) ref_die(REF_CANNOT, "out of memory for a %llu-byte payload", (unsigned long long) payload);
    fill(r.buf, payload);
    int report[2];
    if (pipe(report)) ref_die(REF_CANNOT, "pipe: %s", strerror(errno));
    pid_t child = ref_fork();
    if (child == 0) {
        close(report[0]);
        consumer(&r, report[1], child_cpu);
    }
    close(report[1]);

    /* The clock is read every `every` messages: ~64 KiB between reads, at least every message. */
    uint64_t seq = 0, every = 1 + 65536 / payload;
    double warm_end = ref_now_ns() + ref_warmup_ms(ms) * 1e6;
    while (ref_now_ns() < warm_end)
        for (uint64_t i = 0; i < every; i++) send_one(&r, ++seq, (uint32_t) payload, child);
    double rates[WINDOWS], t0 = ref_now_ns(), t = t0, window_ns = ms * 1e6 / WINDOWS;
    uint64_t first = seq;
    for (int w = 0; w < WINDOWS; w++) {
        double ws = t;
        uint64_t s0 = seq;
        do {
            for (uint64_t i = 0; i < every; i++) send_one(&r, ++seq, (uint32_t) payload, child);
        } while ((t = ref_now_ns()) < ws + window_ns);
        rates[w] = (double) (seq - s0) / ((t - ws) / 1e9);
    }
    double took_ms = (t - t0) / 1e6, mean = (double) (seq - first) / ((t - t0) / 1e9);
    send_one(&r, 0, 0, child);

    uint64_t got[2];
    if (read(report[0], got, sizeof got) != sizeof got) ref_die(REF_WRONG, "no report from the consumer");
    waitpid(child, NULL, 0);
    if (got[1]) ref_die(REF_WRONG, "message %llu arrived wrong (%s check)", (unsigned long long) got[1], o[3].value);
    if (got[0] != seq) ref_die(REF_WRONG, "sent %llu messages, the consumer received %llu", (unsigned long long) seq, (unsigned long long) got[0]);
    munmap(r.ring.base, DATA + r.ring.capacity);

    double median = ref_median(rates, WINDOWS);
    printf("{\"program\": \"shm-ring\", \"case\": {\"payload\": %llu, \"capacity\": %llu, \"placement\": \"%s\", \"check\": \"%s\"}, "
           "\"unit\": \"msg/s\", \"statistic\": \"median of %d sub-window rates\", \"value\": %.0f, \"bytesPerSecond\": %.0f, "
           "\"mean\": %.0f, \"samples\": %d, \"messages\": %llu, \"effectiveCapacity\": %llu, ",
           (unsigned long long) payload, (unsigned long long) requested, o[2].value, o[3].value, WINDOWS, median,
           median * (double) payload, mean, WINDOWS, (unsigned long long) (seq - first), (unsigned long long) r.ring.capacity);
    ref_print_cpus(parent_cpu, child_cpu);
    printf(", \"ms\": %.0f}\n", took_ms);
    free(r.buf);
    return 0;
}
