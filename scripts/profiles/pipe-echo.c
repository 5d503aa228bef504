/*
 * pipe-echo.c: the smallest C pipe echo, one half of the pipe-floor probe (docs/profiles.md).
 *
 *   pipe-echo echo                           read 8 bytes from stdin, write them to stdout, until EOF
 *   pipe-echo ping ROUNDS BATCHES CMD ARG... start CMD with its stdin/stdout on two pipes, then time
 *                                            BATCHES x ROUNDS round trips of an 8-byte sequence number
 *
 * Either side can be this program or PipeEcho.java (same arguments), so the four pairs C/C, C/Java,
 * Java/C and Java/Java split a round trip's cost between the two processes. One read(2) and one
 * write(2) per message on each side, blocking, nothing else in the loop: every echo is checked.
 * Pin both with `taskset -c 0` (the child inherits the affinity) to measure the same-CPU floor.
 *
 * ping prints one line: the median, lowest and highest batch mean in ns per round trip. A warm-up of
 * BATCHES batches (as many as measured: the JVM side needs it for C2) runs first. When SHAREBENCH_PERF_CTL and SHAREBENCH_PERF_ACK
 * name perf's control and ack fifos (`perf stat --control fifo:CTL,ACK -D -1`), the measured batches
 * are bracketed by "enable" and "disable": perf counts exactly them (both processes).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void die(const char *what) {
    fprintf(stderr, "pipe-echo: %s: %s\n", what, errno ? strerror(errno) : "wrong value");
    exit(1);
}

static int full(int fd, void *buf, int writing) {
    ssize_t k = writing ? write(fd, buf, 8) : read(fd, buf, 8);
    return k == 8 ? 0 : (k == 0 ? 1 : -1); /* 8-byte messages on a pipe are never split */
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Writes "enable"/"disable" to perf's control fifo and waits for its ack (no-op without the env). */
static void perf_ctl(const char *cmd) {
    const char *ctl = getenv("SHAREBENCH_PERF_CTL"), *ack = getenv("SHAREBENCH_PERF_ACK");
    if (ctl == NULL || ack == NULL) {
        return;
    }
    char reply[16];
    int c = open(ctl, O_WRONLY), a = open(ack, O_RDONLY);
    if (c < 0 || a < 0 || write(c, cmd, strlen(cmd)) < 0 || read(a, reply, sizeof reply) <= 0) {
        die("perf control fifo");
    }
    close(c);
    close(a);
}

static int cmp(const void *x, const void *y) {
    double a = *(const double *) x, b = *(const double *) y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    uint64_t v;
    if (argc == 2 && strcmp(argv[1], "echo") == 0) {
        int r;
        while ((r = full(0, &v, 0)) == 0) {
            if (full(1, &v, 1) != 0) {
                die("echo write");
            }
        }
        return r > 0 ? 0 : 1;
    }
    if (argc < 5 || strcmp(argv[1], "ping") != 0) {
        fprintf(stderr, "usage: pipe-echo echo | pipe-echo ping ROUNDS BATCHES CMD [ARG...]\n");
        return 2;
    }
    long rounds = atol(argv[2]), batches = atol(argv[3]);
    if (rounds < 1 || batches < 1) {
        fprintf(stderr, "pipe-echo: ROUNDS and BATCHES must be >= 1\n");
        return 2;
    }
    int to_child[2], from_child[2];
    if (pipe(to_child) || pipe(from_child)) {
        die("pipe");
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(to_child[0], 0);
        dup2(from_child[1], 1);
        close(to_child[1]);
        close(from_child[0]);
        execvp(argv[4], argv + 4);
        die("exec");
    }
    close(to_child[0]);
    close(from_child[1]);
    int out = to_child[1], in = from_child[0];
    long warm = batches;
    double *means = malloc(sizeof(double) * (size_t) batches);
    uint64_t seq = 0;
    for (long b = -warm; b < batches; b++) {
        if (b == 0) {
            perf_ctl("enable\n");
        }
        double t0 = now_ns();
        for (long i = 0; i < rounds; i++) {
            v = ++seq;
            if (full(out, &v, 1) || full(in, &v, 0) || v != seq) {
                die("round trip");
            }
        }
        if (b >= 0) {
            means[b] = (now_ns() - t0) / (double) rounds;
        }
    }
    perf_ctl("disable\n");
    close(out);
    int status;
    waitpid(pid, &status, 0);
    qsort(means, (size_t) batches, sizeof(double), cmp);
    printf("{\"ping\": \"c\", \"rounds\": %ld, \"batches\": %ld, \"nsPerRoundTrip\": "
           "{\"median\": %.0f, \"min\": %.0f, \"max\": %.0f}}\n",
           rounds, batches, means[batches / 2], means[0], means[batches - 1]);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
