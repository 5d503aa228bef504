/*
 * transports.c: kernel-transport round trips in C, the reference for RttBench's pipe/uds/tcp rows,
 * measured in the same run and with the same placements (cross-cpu: parent on CPU 0, child on
 * CPU 1; same-cpu: both on CPU 0). An 8-byte message goes to a child process and back, blocking
 * reads and writes, one write per message (TCP_NODELAY for tcp). Reported: the median round trip
 * of each of `runs` runs of `rounds` timed round trips, and the median of those medians (p50, the
 * statistic RttBench's report ranks by).
 *
 * Output: one JSON object on stdout. Usage: transports [rounds] [runs]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) perror("transports: sched_setaffinity");
}

static int full(ssize_t (*io)(int, void *, size_t), int fd, void *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t k = io(fd, (char *) buf + done, n - done);
        if (k <= 0) return -1;
        done += (size_t) k;
    }
    return 0;
}
static ssize_t rd(int fd, void *b, size_t n) { return read(fd, b, n); }
static ssize_t wr(int fd, void *b, size_t n) { return write(fd, b, n); }

static int cmp(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Echo child: reads 8 bytes, writes them back, until EOF. Dies with its parent. */
static void echo(int in, int out, int cpu) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    pin(cpu);
    uint64_t v;
    while (full(rd, in, &v, sizeof v) == 0 && full(wr, out, &v, sizeof v) == 0) {
    }
    _exit(0);
}

/* Median round trip (us) of `rounds` timed round trips over (to, from); -1 on error. */
static double measure(int to, int from, long rounds, double *samples) {
    for (uint64_t i = 1; i <= 2000; i++) {               /* warm-up */
        uint64_t r;
        if (full(wr, to, &i, sizeof i) || full(rd, from, &r, sizeof r) || r != i) return -1;
    }
    for (long i = 0; i < rounds; i++) {
        uint64_t v = (uint64_t) i + 1000000, r;
        double t0 = now_ns();
        if (full(wr, to, &v, sizeof v) || full(rd, from, &r, sizeof r)) return -1;
        samples[i] = (now_ns() - t0) / 1000.0;
        if (r != v) { fprintf(stderr, "transports: wrong echo %llu != %llu\n", (unsigned long long) r, (unsigned long long) v); return -1; }
    }
    qsort(samples, rounds, sizeof(double), cmp);
    return samples[rounds / 2];
}

/* One run of one transport and placement: returns the median round trip in us, or -1. */
static double run(const char *transport, int child_cpu, long rounds, double *samples) {
    int to_child[2], from_child[2], lsock = -1;
    pid_t pid;
    if (strcmp(transport, "pipe") == 0) {
        if (pipe(to_child) || pipe(from_child)) return -1;
        pid = fork();
        if (pid == 0) { close(to_child[1]); close(from_child[0]); echo(to_child[0], from_child[1], child_cpu); }
        close(to_child[0]); close(from_child[1]);
        double m = measure(to_child[1], from_child[0], rounds, samples);
        close(to_child[1]); close(from_child[0]);
        waitpid(pid, NULL, 0);
        return m;
    }
    int fd;
    if (strcmp(transport, "uds") == 0) {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) return -1;
        pid = fork();
        if (pid == 0) { close(sv[0]); echo(sv[1], sv[1], child_cpu); }
        close(sv[1]);
        fd = sv[0];
    } else {                                              /* tcp on loopback only */
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        lsock = socket(AF_INET, SOCK_STREAM, 0);
        if (lsock < 0 || bind(lsock, (struct sockaddr *) &a, sizeof a) || listen(lsock, 1)
            || getsockname(lsock, (struct sockaddr *) &a, &len)) return -1;
        pid = fork();
        if (pid == 0) {
            int c = socket(AF_INET, SOCK_STREAM, 0), one = 1;
            setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            if (connect(c, (struct sockaddr *) &a, sizeof a)) _exit(1);
            echo(c, c, child_cpu);
        }
        fd = accept(lsock, NULL, NULL);
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        close(lsock);
    }
    double m = fd < 0 ? -1 : measure(fd, fd, rounds, samples);
    close(fd);
    waitpid(pid, NULL, 0);
    return m;
}

int main(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 10000;
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (rounds < 10 || runs < 1 || runs > 50) {
        fprintf(stderr, "usage: transports [rounds >= 10] [runs 1..50]\n");
        return 2;
    }
    if (sysconf(_SC_NPROCESSORS_ONLN) < 2) {
        fprintf(stderr, "transports: needs 2 CPUs\n");
        return 1;
    }
    double *samples = malloc(sizeof(double) * (size_t) rounds);
    const char *transports[] = {"pipe", "uds", "tcp"};
    const char *placements[] = {"cross-cpu", "same-cpu"};
    printf("{\"unit\": \"us\", \"statistic\": \"median of per-run median round trips (8-byte messages)\", \"rounds\": %ld, \"runs\": %d, "
           "\"source\": \"C probe (scripts/reference/transports.c): parent CPU 0, child CPU 1 (cross-cpu) or 0 (same-cpu)\", \"p50\": {", rounds, runs);
    for (int t = 0; t < 3; t++) {
        printf("%s\"%s\": {", t ? ", " : "", transports[t]);
        for (int p = 0; p < 2; p++) {
            pin(0);
            double med[50];
            for (int r = 0; r < runs; r++) {
                med[r] = run(transports[t], p == 0 ? 1 : 0, rounds, samples);
                if (med[r] < 0) { fprintf(stderr, "transports: %s %s failed\n", transports[t], placements[p]); return 1; }
            }
            qsort(med, runs, sizeof(double), cmp);
            printf("%s\"%s\": %.2f", p ? ", " : "", placements[p], med[runs / 2]);
            fflush(stdout);
        }
        printf("}");
    }
    printf("}}\n");
    free(samples);
    return 0;
}
