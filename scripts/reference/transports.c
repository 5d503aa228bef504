/*
 * transports.c: kernel-transport round trips in C, the reference for RttBench's pipe/uds/tcp rows,
 * measured in the same run and with the same placements (cross-cpu: parent on the first allowed
 * CPU, child on the second; same-cpu: both on the first; os: unpinned). An 8-byte message goes to
 * a child process and back, one write per message (TCP_NODELAY for tcp, loopback only).
 *
 * Wait strategies (--wait), the same in both processes:
 *   block            blocking read/write: across vCPUs every message pays the hypervisor's wake-up.
 *   busy-poll        non-blocking fds, read() in a loop with PAUSE until the bytes arrive: no
 *                    wake-up, a core burnt per waiting side (on ONE vCPU the peer only runs when the
 *                    scheduler preempts the poller: milliseconds, which is the lesson of same-cpu).
 *   spin-then-block  non-blocking reads for --spin-us (default 20 us), then poll() + read().
 * The CPU price is shown beside the latency: each process's CPU time (user + system, getrusage)
 * over the measured round trips, per round trip; the child sends its own at the end.
 *
 * Protocol (self-verifying): the parent sends 1, 2, 3, ...; the child checks each is the previous
 * + 1 and echoes it; the parent checks every echo. START marks the first measured message (the
 * child reads its CPU clock), STOP ends the run: the child answers with {cpu ns, messages echoed
 * since START, sequence errors} and the parent fails (exit 1) on any mismatch.
 * Java's frames differ in one detail: RttBench sends a 4-byte length header with the 8 bytes
 * (12 bytes in one write); the size does not change the cost of a round trip.
 *
 * Usage: transports [--transport pipe|uds|tcp] [--wait block|busy-poll|spin-then-block]
 *                   [--placement cross-cpu|same-cpu|os] [--spin-us N] [--ms N]
 *        transports [rounds] [runs]     (the old sweep: blocking, pipe/uds/tcp x cross/same-cpu)
 */
#include "ref-common.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>

enum wait { BLOCK, BUSY_POLL, SPIN_THEN_BLOCK };
static const char *const TRANSPORTS[] = {"pipe", "uds", "tcp", NULL};
static const char *const WAITS[] = {"block", "busy-poll", "spin-then-block", NULL};
static const char *const PLACEMENTS[] = {"cross-cpu", "same-cpu", "os", NULL};

#define START_MARK (UINT64_C(1) << 62)
#define STOP_MARK (UINT64_C(1) << 63)

struct waiter {
    enum wait how;
    double spin_ns;
};

/* Waits until fd is readable (or writable) the chosen way; called after a read/write got EAGAIN. */
static void await_fd(int fd, short events, const struct waiter *w, double *spin_until) {
    if (w->how == BUSY_POLL || (w->how == SPIN_THEN_BLOCK && ref_now_ns() < *spin_until)) {
        CPU_RELAX();
        return;
    }
    struct pollfd p = {.fd = fd, .events = events};
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
}

/* Reads or writes exactly n bytes; -1 on EOF or error. */
static int io_full(int fd, void *buf, size_t n, int writing, const struct waiter *w) {
    size_t done = 0;
    double spin_until = w->how == SPIN_THEN_BLOCK ? ref_now_ns() + w->spin_ns : 0;
    while (done < n) {
        ssize_t k = writing ? write(fd, (char *) buf + done, n - done) : read(fd, (char *) buf + done, n - done);
        if (k > 0) {
            done += (size_t) k;
        } else if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            await_fd(fd, writing ? POLLOUT : POLLIN, w, &spin_until);
        } else if (!(k < 0 && errno == EINTR)) {
            return -1;
        }
    }
    return 0;
}

static int send_u64(int fd, uint64_t v, const struct waiter *w) { return io_full(fd, &v, sizeof v, 1, w); }
static int recv_u64(int fd, uint64_t *v, const struct waiter *w) { return io_full(fd, v, sizeof *v, 0, w); }

static void set_nonblocking(int fd) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) ref_die(REF_CANNOT, "fcntl O_NONBLOCK: %s", strerror(errno));
}

/*
 * Echo child: echoes each message, checks the sequence, reads its CPU clock at START and answers
 * STOP with {cpu ns since START, messages since START, sequence errors}. Exits at EOF.
 */
static void echo_child(int in, int out, int cpu, const struct waiter *w) {
    ref_pin(cpu);
    if (w->how != BLOCK) {
        set_nonblocking(in);
        if (out != in) set_nonblocking(out);
    }
    uint64_t v, last = 0, since_start = 0, errors = 0;
    double cpu0 = ref_cpu_ns();
    while (recv_u64(in, &v, w) == 0) {
        if (v == STOP_MARK) {
            uint64_t report[3] = {(uint64_t) (ref_cpu_ns() - cpu0), since_start, errors};
            if (io_full(out, report, sizeof report, 1, w)) break;
            continue;
        }
        if (v & START_MARK) {
            cpu0 = ref_cpu_ns();
            since_start = 0;
            v &= ~START_MARK;
        }
        if (v != last + 1) errors++;
        last = v;
        since_start++;
        if (send_u64(out, v, w)) break;
    }
    _exit(0);
}

struct link {
    int to, from;  /* the parent's ends (the same socket for uds and tcp) */
    pid_t child;
    struct waiter w;
};

static int tcp_nodelay(int fd) {
    int one = 1;
    return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* Forks the echo child on `child_cpu` (-1: unpinned) and connects to it. */
static void open_link(struct link *l, const char *transport, int child_cpu) {
    if (strcmp(transport, "pipe") == 0) {
        int to_child[2], from_child[2];
        if (pipe(to_child) || pipe(from_child)) ref_die(REF_CANNOT, "pipe: %s", strerror(errno));
        if ((l->child = ref_fork()) == 0) {
            close(to_child[1]);
            close(from_child[0]);
            echo_child(to_child[0], from_child[1], child_cpu, &l->w);
        }
        close(to_child[0]);
        close(from_child[1]);
        l->to = to_child[1];
        l->from = from_child[0];
    } else if (strcmp(transport, "uds") == 0) {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) ref_die(REF_CANNOT, "socketpair: %s", strerror(errno));
        if ((l->child = ref_fork()) == 0) {
            close(sv[0]);
            echo_child(sv[1], sv[1], child_cpu, &l->w);
        }
        close(sv[1]);
        l->to = l->from = sv[0];
    } else {  /* tcp, bound to the loopback address only */
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        int ls = socket(AF_INET, SOCK_STREAM, 0);
        if (ls < 0 || bind(ls, (struct sockaddr *) &a, sizeof a) || listen(ls, 1) || getsockname(ls, (struct sockaddr *) &a, &len))
            ref_die(REF_CANNOT, "tcp listen on loopback: %s", strerror(errno));
        if ((l->child = ref_fork()) == 0) {
            close(ls);
            int c = socket(AF_INET, SOCK_STREAM, 0);
            if (c < 0 || tcp_nodelay(c) || connect(c, (struct sockaddr *) &a, sizeof a)) _exit(REF_CANNOT);
            echo_child(c, c, child_cpu, &l->w);
        }
        int fd = accept(ls, NULL, NULL);
        close(ls);
        if (fd < 0 || tcp_nodelay(fd)) ref_die(REF_CANNOT, "tcp accept: %s", strerror(errno));
        l->to = l->from = fd;
    }
    if (l->w.how != BLOCK) {
        set_nonblocking(l->to);
        if (l->from != l->to) set_nonblocking(l->from);
    }
}

/* Closes the parent's ends (the child sees EOF and exits) and reaps the child. */
static void close_link(struct link *l) {
    close(l->to);
    if (l->from != l->to) close(l->from);
    waitpid(l->child, NULL, 0);
}

/*
 * One round trip of message v (v may carry START_MARK); returns the time in us. Exits 1 on a
 * wrong echo or a broken link.
 */
static double round_trip(struct link *l, uint64_t v) {
    uint64_t r;
    double t0 = ref_now_ns();
    if (send_u64(l->to, v, &l->w) || recv_u64(l->from, &r, &l->w)) ref_die(REF_WRONG, "link broken at message %llu", (unsigned long long) v);
    double us = (ref_now_ns() - t0) / 1000.0;
    if (r != (v & ~START_MARK)) ref_die(REF_WRONG, "wrong echo %llu for %llu", (unsigned long long) r, (unsigned long long) (v & ~START_MARK));
    return us;
}

/* Ends the run: STOP, then the child's {cpu ns, messages, errors}; exits 1 on any mismatch. */
static double child_cpu_ns(struct link *l, uint64_t measured) {
    uint64_t rep[3];
    if (send_u64(l->to, STOP_MARK, &l->w) || io_full(l->from, rep, sizeof rep, 0, &l->w)) ref_die(REF_WRONG, "no report from the echo child");
    if (rep[2]) ref_die(REF_WRONG, "the echo child saw %llu messages out of sequence", (unsigned long long) rep[2]);
    if (rep[1] != measured) ref_die(REF_WRONG, "the echo child echoed %llu measured messages, the parent sent %llu", (unsigned long long) rep[1], (unsigned long long) measured);
    return (double) rep[0];
}

/* The old sweep, output unchanged: blocking, median of per-run medians per transport and placement. */
static int legacy(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 10000;
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (rounds < 10 || runs < 1 || runs > 50) ref_die(REF_USAGE, "usage: transports [rounds >= 10] [runs 1..50] (or --help)");
    int cpu0, cpu1;
    ref_placement("cross-cpu", &cpu0, &cpu1);
    double *samples = malloc(sizeof(double) * (size_t) rounds);
    printf("{\"unit\": \"us\", \"statistic\": \"median of per-run median round trips (8-byte messages)\", \"rounds\": %ld, \"runs\": %d, "
           "\"source\": \"C probe (scripts/reference/transports.c): parent CPU 0, child CPU 1 (cross-cpu) or 0 (same-cpu)\", \"p50\": {", rounds, runs);
    for (int t = 0; t < 3; t++) {
        printf("%s\"%s\": {", t ? ", " : "", TRANSPORTS[t]);
        for (int p = 0; p < 2; p++) {
            ref_pin(cpu0);
            double med[50];
            for (int r = 0; r < runs; r++) {
                struct link l = {.w = {BLOCK, 0}};
                open_link(&l, TRANSPORTS[t], p == 0 ? cpu1 : cpu0);
                uint64_t seq = 0;
                for (int i = 0; i < 2000; i++) round_trip(&l, ++seq);  /* warm-up */
                for (long i = 0; i < rounds; i++) samples[i] = round_trip(&l, ++seq);
                close_link(&l);
                med[r] = ref_quantile(samples, (size_t) rounds, 0.5);
            }
            printf("%s\"%s\": %.2f", p ? ", " : "", PLACEMENTS[p], ref_quantile(med, (size_t) runs, 0.5));
            fflush(stdout);
        }
        printf("}");
    }
    printf("}}\n");
    free(samples);
    return 0;
}

static const char USAGE[] =
    "usage: transports [--transport pipe|uds|tcp] [--wait block|busy-poll|spin-then-block]\n"
    "                  [--placement cross-cpu|same-cpu|os] [--spin-us N] [--ms N]\n"
    "       transports [rounds] [runs]   (the old sweep: blocking, every transport, cross/same-cpu)\n"
    "Round trips of an 8-byte message to a child process and back, for about --ms ms (default 300)\n"
    "after a warm-up; prints one JSON line: p50 and p99 in us, and each process's CPU ns per round trip.\n"
    "  --transport  pipe (a pipe pair), uds (socketpair), tcp (loopback, TCP_NODELAY)  (default pipe)\n"
    "  --wait       block, busy-poll (non-blocking reads with PAUSE), spin-then-block   (default block)\n"
    "  --placement  cross-cpu, same-cpu, os                                 (default cross-cpu)\n"
    "  --spin-us    spin-then-block only: microseconds of spinning before poll()   (default 20)\n"
    "Exit: 0 ok, 1 wrong echo or sequence, 2 bad argument, 3 cannot run here.\n";

int main(int argc, char **argv) {
    ref_prog = "transports";
    signal(SIGPIPE, SIG_IGN);  /* a dead child shows as a write error, reported with exit 1 */
    if (argc == 1 || argv[1][0] != '-') return legacy(argc, argv);
    struct ref_opt o[] = {
        {"transport", TRANSPORTS, 0, 0, "pipe", 0},
        {"wait", WAITS, 0, 0, "block", 0},
        {"placement", PLACEMENTS, 0, 0, "cross-cpu", 0},
        {"spin-us", NULL, 0, 1000000, "20", 0},
        {"ms", NULL, 1, 600000, "300", 0},
    };
    ref_parse(argc, argv, o, 5, USAGE);
    enum wait how = ref_opt_is(&o[1], "block") ? BLOCK : ref_opt_is(&o[1], "busy-poll") ? BUSY_POLL : SPIN_THEN_BLOCK;
    if (o[3].given && how != SPIN_THEN_BLOCK) ref_die(REF_USAGE, "--spin-us: applies only to --wait spin-then-block");
    long ms = ref_opt_long(&o[4]);
    ref_watchdog(ms);
    int parent_cpu, child_cpu;
    ref_placement(o[2].value, &parent_cpu, &child_cpu);
    ref_pin(parent_cpu);

    struct link l = {.w = {how, ref_opt_long(&o[3]) * 1000.0}};
    open_link(&l, o[0].value, child_cpu);
    uint64_t seq = 0;
    double warm_end = ref_now_ns() + ref_warmup_ms(ms) * 1e6;
    while (ref_now_ns() < warm_end) round_trip(&l, ++seq);

    struct ref_samples s = {0};
    double cpu0 = ref_cpu_ns(), t0 = ref_now_ns(), end = t0 + ms * 1e6;
    ref_push(&s, round_trip(&l, ++seq | START_MARK));
    while (ref_now_ns() < end) ref_push(&s, round_trip(&l, ++seq));
    double took_ms = (ref_now_ns() - t0) / 1e6, parent_cpu_ns = ref_cpu_ns() - cpu0;
    double child_ns = child_cpu_ns(&l, s.n);
    close_link(&l);

    double p99 = ref_quantile(s.v, s.n, 0.99), p50 = ref_quantile(s.v, s.n, 0.5);
    printf("{\"program\": \"transports\", \"case\": {\"transport\": \"%s\", \"wait\": \"%s\", \"placement\": \"%s\"",
           o[0].value, o[1].value, o[2].value);
    if (how == SPIN_THEN_BLOCK) printf(", \"spinUs\": %ld", ref_opt_long(&o[3]));
    printf("}, \"unit\": \"us\", \"statistic\": \"p50\", \"value\": %.2f, \"p99\": %.2f, \"samples\": %zu, "
           "\"cpu\": {\"parentNsPerOp\": %.0f, \"childNsPerOp\": %.0f}, ",
           p50, p99, s.n, parent_cpu_ns / (double) s.n, child_ns / (double) s.n);
    ref_print_cpus(parent_cpu, child_cpu);
    printf(", \"ms\": %.0f}\n", took_ms);
    free(s.v);
    return 0;
}
