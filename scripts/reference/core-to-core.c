/*
 * core-to-core.c: the hardware reference for FloorBench, measured in the same run.
 *
 * Two threads hand a counter back and forth through shared memory, both spinning (no kernel, no
 * JVM). The round trip is what any cross-core handoff costs at best on this machine. The host
 * sometimes places the vCPUs so that the round trip is ~4x slower, for minutes or a whole run, so
 * the floor is only ever compared with THIS program measured right before and after it.
 *
 * ONE ROUND TRIP, Java and C side by side (the two must do the same thing)
 *
 * Java (jmh FloorBench + core floor.PingPongCell, JMH group "roundTrip", 2 threads; @Params layout,
 *   pause and pin take THIS program's flag values, and the suite runs this program with the flags of
 *   each FloorBench variant right before and after its fork: core.catalog.Targets, T1 and T1-*):
 *   cell = a 512-byte off-heap block aligned to 128 bytes (Arena.allocate(512, 128)): request at
 *   byte 128, response at 136 (one-line) or 256 (two-lines), the layout of `cell` below. (Until
 *   2026-12 the cell was a heap object with the two fields at object offsets 72 and 80: one line,
 *   except when the object's address was 48 mod 64, 1 placement in 8, since objects are only 8-byte
 *   aligned.) pin cross-cpu: the pinger pins itself to the first allowed CPU and the ponger to the
 *   second (core's Placement, sched_setaffinity); os: no pinning.
 *   pinger, per JMH call of ping():  me.control = control; n = me.last + 1      (own padded object)
 *     old      := response            VarHandle getAcquire (a hit: the pinger read that word last);
 *                                     old == n + 1: a retry after a stopped ping, answered since: return it
 *     request  := n                   VarHandle setRelease (a plain MOV on x86)
 *     loop: r := response             VarHandle getAcquire (a plain MOV)
 *           while r == old: Thread.onSpinWait() (PAUSE on x86; none with pause off), every 1024 spins read the
 *                         stop flag (control.stopMeasurement, a line nobody writes while measuring)
 *     check r == n + 1 (else throw); me.last = n; JMH: blackhole.consume(r), operations++, read isDone (volatile, read-only)
 *   ponger, per JMH call of pong():
 *     loop: m := request (getAcquire) while m == me.last: PAUSE, stop check every 1024 spins
 *     response := m + 1 (setRelease; PingPong.reply: an answer only a running ponger computes);
 *     check m == me.last + 1 (else throw); me.last = m
 *   JMH scores the group in AverageTime as time / operations of both threads, each of which does
 *   one operation per round trip, so the score is ns per round trip.
 *
 * C (this program, --layout one-line --pause on):
 *   request and response are two longs in ONE 64-byte line (offsets 0 and 8 of a line-aligned,
 *   padded block); with --layout two-lines they are 128 bytes apart (two lines that the adjacent-
 *   line prefetcher does not pair). The stop flag lives on its own line.
 *   pinger (main thread, first CPU):   n = n + 1 (register)
 *     request  := n                   atomic_store_explicit(release) (a plain MOV on x86)
 *     loop: r := response             atomic_load_explicit(acquire)  (a plain MOV)
 *           while r != n: PAUSE (omitted with --pause off), stop flag read every 1024 spins
 *   ponger (second thread, second CPU):
 *     loop: m := request (acquire) while m == last: PAUSE, stop check every 1024 spins
 *     response := m (release); check m == last + 1 (else the run fails, exit 1); last = m
 *   Timed: clock_gettime around sub-windows of 10,000 round trips; the value is the median of the
 *   sub-window means (ns per round trip), the statistic that survives a preempted window.
 *
 * What differs and cannot be removed: JMH's per-call overhead (a call, two stores to the side's
 * own object, the blackhole, the isDone read: a few ns, all core-local). The heap object's
 * alignment no longer differs: both sides use a 128-byte-aligned block. Both sides vary the same three
 * things: --layout, --pause, --pin (cross-cpu pins the two threads to the first two allowed CPUs;
 * os leaves them to the scheduler). Until 2026-12 this program declared request and response as
 * two separate statics: the compiler put them on two different lines (response shared a line with
 * the loop bound), so the old C figure was the two-lines variant while FloorBench measured one
 * line. The README next to this file has the measured table.
 *
 * Usage: core-to-core [--layout one-line|two-lines] [--pause on|off] [--pin cross-cpu|os] [--ms N]
 *        core-to-core [rounds-per-run] [runs]     (the old sweep: one-line, pause, cross-cpu)
 */
#include "ref-common.h"

#include <pthread.h>
#include <stdatomic.h>

#define WINDOW 10000L

/* 512 bytes, line-aligned: request at byte 128, response at 136 (one line) or 256 (two lines). */
static _Alignas(128) _Atomic long cell[64];
static _Alignas(128) _Atomic int stop_flag;
static _Alignas(128) long ponger_last;    /* written by the ponger, read after join */
static long ponger_bad, ponger_bad_after; /* a request that was not last + 1, and the last before it */
static long pinger_bad, pinger_bad_answer; /* a request whose answer was not request + 1, and that answer */
static _Atomic long *request, *response;

static void place(int two_lines) {
    request = &cell[16];
    response = two_lines ? &cell[32] : &cell[17];
}

/* The ponger's wait: spin until *word != not; 0 if the stop flag ended the wait. */
static inline __attribute__((always_inline)) int spin_pong(_Atomic long *word, long not, long *seen, const int pause) {
    int spins = 0;
    long m;
    while ((m = atomic_load_explicit(word, memory_order_acquire)) == not) {
        if (pause) CPU_RELAX();
        if ((++spins & 0x3FF) == 0 && atomic_load_explicit(&stop_flag, memory_order_relaxed)) return 0;
    }
    *seen = m;
    return 1;
}

static inline __attribute__((always_inline)) void ponger_loop(const int pause) {
    _Atomic long *req = request, *resp = response;
    long last = 0, m;
    while (spin_pong(req, last, &m, pause)) {
        atomic_store_explicit(resp, m + 1, memory_order_release); /* the answer: request + 1, as FloorBench's ponger */
        if (m != last + 1 && !ponger_bad) {
            ponger_bad = m;
            ponger_bad_after = last;
        }
        last = m;
    }
    ponger_last = last;
}

static inline __attribute__((always_inline)) long pinger_loop(long n, long rounds, const int pause) {
    _Atomic long *req = request, *resp = response;
    for (long i = 0; i < rounds; i++) {
        n++;
        long old = atomic_load_explicit(resp, memory_order_acquire), r;
        atomic_store_explicit(req, n, memory_order_release);
        int spins = 0;
        while ((r = atomic_load_explicit(resp, memory_order_acquire)) == old) {
            if (pause) CPU_RELAX();
            if ((++spins & 0x3FF) == 0 && atomic_load_explicit(&stop_flag, memory_order_relaxed)) return -1;
        }
        if (r != n + 1 && !pinger_bad) {
            pinger_bad = n;
            pinger_bad_answer = r;
        }
    }
    return n;
}

/* Two compiled copies of each loop, so that --pause off has no branch where PAUSE would be. */
static void *ponger_pause(void *cpu) { ref_pin(*(int *) cpu); ponger_loop(1); return NULL; }
static void *ponger_bare(void *cpu) { ref_pin(*(int *) cpu); ponger_loop(0); return NULL; }
static long pinger_pause(long n, long rounds) { return pinger_loop(n, rounds, 1); }
static long pinger_bare(long n, long rounds) { return pinger_loop(n, rounds, 0); }

struct pair {
    pthread_t ponger;
    int ponger_cpu;
    long (*window)(long, long);
};

static void start(struct pair *p, int pause, int pinger_cpu, int ponger_cpu) {
    atomic_store(&stop_flag, 0);
    p->ponger_cpu = ponger_cpu;
    p->window = pause ? pinger_pause : pinger_bare;
    if (pthread_create(&p->ponger, NULL, pause ? ponger_pause : ponger_bare, &p->ponger_cpu) != 0)
        ref_die(REF_CANNOT, "cannot start the ponger thread");
    ref_pin(pinger_cpu);
}

/* Stops the ponger and checks that it answered every request, in order, with request + 1; exits 1 if not. */
static void finish(struct pair *p, long sent) {
    atomic_store(&stop_flag, 1);
    pthread_join(p->ponger, NULL);
    if (ponger_bad) ref_die(REF_WRONG, "ponger saw request %ld after %ld (lost or reordered handoff)", ponger_bad, ponger_bad_after);
    if (pinger_bad) ref_die(REF_WRONG, "request %ld answered %ld (the ponger replies request + 1)", pinger_bad, pinger_bad_answer);
    if (ponger_last != sent || atomic_load(response) != sent + 1)
        ref_die(REF_WRONG, "pinger completed %ld round trips, ponger answered %ld", sent, ponger_last);
}

static double elapsed_window(struct pair *p, long *n, long rounds) {
    double t0 = ref_now_ns();
    *n = p->window(*n, rounds);
    return ref_now_ns() - t0;
}

/* The old sweep, output unchanged: `runs` timed runs of `rounds` (one warm-up run first). */
static int legacy(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 1000000;
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    if (rounds <= 0 || runs <= 0 || runs > 100) ref_die(REF_USAGE, "usage: core-to-core [rounds-per-run > 0] [runs 1..100] (or --help)");
    int cpu_a, cpu_b;
    ref_placement("cross-cpu", &cpu_a, &cpu_b);
    struct pair p;
    place(0);
    start(&p, 1, cpu_a, cpu_b);
    double ns[100];
    long n = 0;
    for (int r = -1; r < runs; r++) {
        double t = elapsed_window(&p, &n, rounds);
        if (r >= 0) ns[r] = t / rounds;
    }
    finish(&p, n);
    double sorted[100];
    memcpy(sorted, ns, sizeof(double) * runs);
    double median = ref_median(sorted, runs);
    printf("{\"rttNs\": %.1f, \"runs\": [", median);
    for (int i = 0; i < runs; i++) printf("%s%.1f", i ? ", " : "", ns[i]);
    printf("], \"roundsPerRun\": %ld, \"cpus\": [%d, %d], "
           "\"source\": \"C probe (scripts/reference/core-to-core.c): two pinned threads spinning on one cache line\"}\n",
           rounds, cpu_a, cpu_b);
    return 0;
}

static const char USAGE[] =
    "usage: core-to-core [--layout one-line|two-lines] [--pause on|off] [--pin cross-cpu|os] [--ms N]\n"
    "       core-to-core [rounds-per-run] [runs]   (the old sweep, one JSON object with rttNs)\n"
    "Two threads spin a counter back and forth; prints one JSON line: the median of the means of\n"
    "sub-windows of 10,000 round trips, in ns per round trip, measured for about --ms ms (default 300)\n"
    "after a warm-up.\n"
    "  --layout  one-line: request and response in one 64-byte line (FloorBench's PingPongCell);\n"
    "            two-lines: 128 bytes apart                                   (default one-line)\n"
    "  --pause   on: spin with PAUSE (Thread.onSpinWait); off: a bare loop    (default on)\n"
    "  --pin     cross-cpu: threads on the first two allowed CPUs; os: unpinned (default cross-cpu)\n"
    "Exit: 0 ok, 1 lost or reordered handoff, 2 bad argument, 3 cannot run here.\n";

int main(int argc, char **argv) {
    ref_prog = "core-to-core";
    if (argc == 1 || strncmp(argv[1], "-", 1) != 0) return legacy(argc, argv);
    static const char *const layouts[] = {"one-line", "two-lines", NULL};
    static const char *const onoff[] = {"on", "off", NULL};
    static const char *const pins[] = {"cross-cpu", "os", NULL};
    struct ref_opt o[] = {
        {"layout", layouts, 0, 0, "one-line", 0},
        {"pause", onoff, 0, 0, "on", 0},
        {"pin", pins, 0, 0, "cross-cpu", 0},
        {"ms", NULL, 1, 600000, "300", 0},
    };
    ref_parse(argc, argv, o, 4, USAGE);
    long ms = ref_opt_long(&o[3]);
    ref_watchdog(ms);
    int cpu_a, cpu_b;
    ref_placement(o[2].value, &cpu_a, &cpu_b);

    struct pair p;
    place(ref_opt_is(&o[0], "two-lines"));
    start(&p, ref_opt_is(&o[1], "on"), cpu_a, cpu_b);
    long n = 0;
    double warm_end = ref_now_ns() + ref_warmup_ms(ms) * 1e6;
    while (ref_now_ns() < warm_end) elapsed_window(&p, &n, WINDOW);

    struct ref_samples means = {0};
    double t0 = ref_now_ns(), end = t0 + ms * 1e6;
    long first = n;
    do {
        ref_push(&means, elapsed_window(&p, &n, WINDOW) / WINDOW);
    } while (ref_now_ns() < end);
    double took_ms = (ref_now_ns() - t0) / 1e6;
    finish(&p, n);

    double lo = means.v[0], hi = means.v[0];
    for (size_t i = 1; i < means.n; i++) {
        if (means.v[i] < lo) lo = means.v[i];
        if (means.v[i] > hi) hi = means.v[i];
    }
    double median = ref_median(means.v, means.n);
    printf("{\"program\": \"core-to-core\", \"case\": {\"layout\": \"%s\", \"pause\": \"%s\", \"pin\": \"%s\"}, "
           "\"unit\": \"ns\", \"statistic\": \"median of sub-window means\", \"value\": %.1f, \"min\": %.1f, \"max\": %.1f, "
           "\"samples\": %zu, \"windowRoundTrips\": %ld, \"roundTrips\": %ld, ",
           o[0].value, o[1].value, o[2].value, median, lo, hi, means.n, WINDOW, n - first);
    ref_print_cpus(cpu_a, cpu_b);
    printf(", \"ms\": %.0f}\n", took_ms);
    free(means.v);
    return 0;
}
