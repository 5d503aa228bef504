/*
 * ref-common.h: what the C reference programs share (core-to-core.c, transports.c, shm-ring.c).
 *
 * The one-case contract every program follows (scripts/reference/README.md has it in full):
 *   prog --case-args... [--ms N]   measures ONE case for about N ms (default 300) after a short
 *                                  warm-up and prints ONE JSON line on stdout.
 *   exit 0 ok; 1 a wrong result (echo, sequence or checksum mismatch); 2 a bad argument (one line
 *   on stderr naming it); 3 cannot run here (e.g. a cross-cpu placement on fewer than 2 CPUs).
 * Children die with their parent (PR_SET_PDEATHSIG); the C programs create no named files at all
 * (pipes, socketpairs, loopback TCP, anonymous shared memory), so nothing can be left behind.
 *
 * Everything here is `static inline`, so a program that does not use a helper gets no warning.
 */
#ifndef SHAREBENCH_REF_COMMON_H
#define SHAREBENCH_REF_COMMON_H

#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/* The spin hint: x86 PAUSE is what Java's Thread.onSpinWait() compiles to on x86-64. */
#if defined(__x86_64__) || defined(__i386__)
#define CPU_RELAX() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define CPU_RELAX() __asm__ volatile("yield")
#else
#define CPU_RELAX() ((void) 0)
#endif

enum { REF_OK = 0, REF_WRONG = 1, REF_USAGE = 2, REF_CANNOT = 3 };
#define REF_DEFAULT_MS 300

static const char *ref_prog = "reference";

/* One line on stderr, "prog: message", then exit with `code`. */
static inline void __attribute__((noreturn, format(printf, 2, 3))) ref_die(int code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", ref_prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(code);
}

static inline double ref_now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* ---- options --------------------------------------------------------------------------------- */

/*
 * One `--name value` option: either a choice among `choices` (NULL-terminated) or an integer in
 * [min, max]. `value` holds the default and, after ref_parse, what was given; `given` says whether
 * it was on the command line (so a program can reject an option that does not apply to the case).
 */
struct ref_opt {
    const char *name;            /* without the leading dashes */
    const char *const *choices;  /* NULL for an integer option */
    long min, max;
    const char *value;
    int given;
};

static inline long ref_opt_long(const struct ref_opt *o) { return strtol(o->value, NULL, 10); }

static inline int ref_opt_is(const struct ref_opt *o, const char *choice) { return strcmp(o->value, choice) == 0; }

static inline void ref_check_value(const struct ref_opt *o, const char *v) {
    if (o->choices) {
        for (const char *const *c = o->choices; *c; c++)
            if (strcmp(*c, v) == 0) return;
        char known[256] = "";
        for (const char *const *c = o->choices; *c; c++) {
            if (c != o->choices) strncat(known, "|", sizeof known - strlen(known) - 1);
            strncat(known, *c, sizeof known - strlen(known) - 1);
        }
        ref_die(REF_USAGE, "--%s: '%s' is not one of %s", o->name, v, known);
    }
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end) ref_die(REF_USAGE, "--%s: '%s' is not an integer", o->name, v);
    if (n < o->min || n > o->max) ref_die(REF_USAGE, "--%s: %ld is outside %ld..%ld", o->name, n, o->min, o->max);
}

/* Parses `--name value` and `--name=value`; --help prints `usage` and exits 0. */
static inline void ref_parse(int argc, char **argv, struct ref_opt *opts, int n, const char *usage) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            exit(REF_OK);
        }
        if (strncmp(a, "--", 2) != 0) ref_die(REF_USAGE, "unexpected argument '%s' (see --help)", a);
        const char *eq = strchr(a, '=');
        size_t len = eq ? (size_t) (eq - a - 2) : strlen(a + 2);
        struct ref_opt *o = NULL;
        for (int k = 0; k < n; k++)
            if (strlen(opts[k].name) == len && strncmp(opts[k].name, a + 2, len) == 0) o = &opts[k];
        if (!o) ref_die(REF_USAGE, "%s: unknown argument (see --help)", a);
        const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!v) ref_die(REF_USAGE, "--%s: needs a value", o->name);
        ref_check_value(o, v);
        o->value = v;
        o->given = 1;
    }
}

/* ---- placement ------------------------------------------------------------------------------- */

/*
 * The first and second CPU this process may use (as core's Placement: on this machine 0 and 1).
 * Returns how many CPUs are allowed.
 */
static inline int ref_allowed_cpus(int *first, int *second) {
    cpu_set_t set;
    *first = *second = -1;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    for (int c = 0; c < CPU_SETSIZE; c++) {
        if (!CPU_ISSET(c, &set)) continue;
        if (*first < 0) *first = c;
        else if (*second < 0) *second = c;
    }
    return CPU_COUNT(&set);
}

/* Pins the calling thread (sched_setaffinity(0) acts on the calling thread only); -1 = leave. */
static inline void ref_pin(int cpu) {
    if (cpu < 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) ref_die(REF_CANNOT, "cannot pin to CPU %d: %s", cpu, strerror(errno));
}

/*
 * Placement of the two parties: cross-cpu (parent on the first CPU, peer on the second),
 * same-cpu (both on the first), os (unpinned: -1). Exits 3 when cross-cpu has only one CPU.
 */
static inline void ref_placement(const char *placement, int *parent_cpu, int *peer_cpu) {
    int a, b;
    int n = ref_allowed_cpus(&a, &b);
    if (strcmp(placement, "os") == 0) {
        *parent_cpu = *peer_cpu = -1;
    } else if (strcmp(placement, "same-cpu") == 0) {
        *parent_cpu = *peer_cpu = a;
    } else {
        if (n < 2) ref_die(REF_CANNOT, "placement %s needs 2 CPUs, this process may use %d", placement, n);
        *parent_cpu = a;
        *peer_cpu = b;
    }
}

/* fork() whose child dies with its parent (SIGKILL), even if the parent dies before prctl runs. */
static inline pid_t ref_fork(void) {
    pid_t parent = getpid();
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) ref_die(REF_CANNOT, "fork: %s", strerror(errno));
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(REF_WRONG);
    }
    return pid;
}

/* CPU time (user + system) this process has used, in ns, from getrusage. */
static inline double ref_cpu_ns(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e9 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e3;
}

static inline void ref_on_alarm(int sig) {
    (void) sig;
    static const char msg[] = ": no result in time (hung?)\n";
    if (write(2, ref_prog, strlen(ref_prog)) < 0 || write(2, msg, sizeof msg - 1) < 0) _exit(REF_WRONG);
    _exit(REF_WRONG);
}

/* A hung run fails (exit 1) after ms plus 60 s instead of hanging its caller; children die with it. */
static inline void ref_watchdog(long ms) {
    signal(SIGALRM, ref_on_alarm);
    alarm((unsigned) (ms / 1000 + 60));
}

/* The warm-up before measuring: a fifth of the measurement, between 10 and 100 ms. */
static inline long ref_warmup_ms(long ms) {
    long w = ms / 5;
    return w < 10 ? 10 : w > 100 ? 100 : w;
}

/* ---- statistics ------------------------------------------------------------------------------ */

static inline int ref_cmp_double(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

/* The q-quantile (0..1) of v[0..n), nearest rank; sorts v. */
static inline double ref_quantile(double *v, size_t n, double q) {
    qsort(v, n, sizeof(double), ref_cmp_double);
    size_t k = (size_t) (q * (double) n);
    return v[k < n ? k : n - 1];
}

/* The median of v[0..n) (mean of the middle two for even n); sorts v. */
static inline double ref_median(double *v, size_t n) {
    qsort(v, n, sizeof(double), ref_cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* A growing array of samples. */
struct ref_samples {
    double *v;
    size_t n, cap;
};

static inline void ref_push(struct ref_samples *s, double x) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4096;
        s->v = realloc(s->v, s->cap * sizeof(double));
        if (!s->v) ref_die(REF_CANNOT, "out of memory for %zu samples", s->cap);
    }
    s->v[s->n++] = x;
}

/* The "cpus" JSON value for a placement: [parent, peer], -1 meaning unpinned. */
static inline void ref_print_cpus(int parent_cpu, int peer_cpu) {
    printf("\"cpus\": [%d, %d]", parent_cpu, peer_cpu);
}

#endif
