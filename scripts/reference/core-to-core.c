/*
 * core-to-core.c: the hardware reference for FloorBench, measured in the same run.
 *
 * Two threads, pinned to two different CPUs, hand a counter back and forth through one cache
 * line, both spinning (no kernel, no JVM). The round trip is what any cross-core handoff costs at
 * best on this machine. run-all.sh compiles and runs it next to the JMH floor so the floor is
 * compared with THIS run's hardware, not with a number from another day: the host sometimes places
 * the vCPUs so that the round trip is ~4x slower for a whole run.
 *
 * Output: one JSON object on stdout: {"rttNs": median, "runs": [...], "cpus": [a, b], ...}.
 * Usage: core-to-core [rounds-per-run] [runs]
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#define CPU_RELAX() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define CPU_RELAX() __asm__ volatile("yield")
#else
#define CPU_RELAX() ((void) 0)
#endif

static _Alignas(128) _Atomic long request;
static _Atomic long response;          /* same cache line as request: that is the point */
static long total_rounds;

static int pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

static void *ponger(void *arg) {
    int cpu = *(int *) arg;
    if (pin(cpu) != 0) fprintf(stderr, "core-to-core: could not pin ponger to cpu %d\n", cpu);
    long last = 0;
    while (last < total_rounds) {
        long n;
        while ((n = atomic_load_explicit(&request, memory_order_acquire)) == last)
            CPU_RELAX();
        atomic_store_explicit(&response, n, memory_order_release);
        last = n;
    }
    return NULL;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 1000000;
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    if (rounds <= 0 || runs <= 0 || runs > 100) {
        fprintf(stderr, "usage: core-to-core [rounds-per-run > 0] [runs 1..100]\n");
        return 2;
    }
    int ncpu = (int) sysconf(_SC_NPROCESSORS_ONLN);
    if (ncpu < 2) {
        fprintf(stderr, "core-to-core: needs 2 CPUs, this machine has %d\n", ncpu);
        return 1;
    }
    int cpu_a = 0, cpu_b = 1;
    total_rounds = rounds * (runs + 1);           /* +1: a warm-up run */
    pthread_t t;
    pthread_create(&t, NULL, ponger, &cpu_b);
    if (pin(cpu_a) != 0) fprintf(stderr, "core-to-core: could not pin pinger to cpu %d\n", cpu_a);
    double ns[100];
    long n = 0;
    for (int r = -1; r < runs; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (long i = 0; i < rounds; i++) {
            n++;
            atomic_store_explicit(&request, n, memory_order_release);
            while (atomic_load_explicit(&response, memory_order_acquire) != n)
                CPU_RELAX();
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (r >= 0) ns[r] = ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / rounds;
    }
    pthread_join(t, NULL);
    double sorted[100];
    for (int i = 0; i < runs; i++) sorted[i] = ns[i];
    qsort(sorted, runs, sizeof(double), cmp);
    double median = runs % 2 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
    printf("{\"rttNs\": %.1f, \"runs\": [", median);
    for (int i = 0; i < runs; i++) printf("%s%.1f", i ? ", " : "", ns[i]);
    printf("], \"roundsPerRun\": %ld, \"cpus\": [%d, %d], "
           "\"source\": \"C probe (scripts/reference/core-to-core.c): two pinned threads spinning on one cache line\"}\n",
           rounds, cpu_a, cpu_b);
    return 0;
}
