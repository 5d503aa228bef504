"""python-guides.py: the mechanisms of Python's classic threading and multiprocessing guides,
measured on the same work as the Java workload each one stands beside, in the same run.

One case per call: `python3 python-guides.py --case NAME [options] [--ms N]` measures that case for
about N ms (default 300) after a short warm-up and prints ONE JSON line (the contract of every
program in scripts/reference/, README.md there). Standard library only; NumPy is used only when
asked for (--kernel numpy).

Cases and their Java peers (what each does is in the docstring of its function below):
  lock-counter          threading.Lock around a global int          CounterBench (ns per add)
  queue-handoff         queue.Queue(maxsize=1024), 2 threads        HandoffBench (items/s)
  thread-local-scratch  threading.local SHA-256 scratch             ScratchBench direct (ns/digest)
  dict-threads          dict + Lock shared by threads               an in-process MapBench (ops/s)
  mp-value-counter      multiprocessing.Value + its lock, 2 procs   XprocCounterBench (adds/s)
  mp-array              Array / shared_memory, 2^18 int64           BulkArrayBench (us per pass/sum)
  manager-dict-get/put  Manager().dict() proxy call                 RttBench/SharedMapBench manager
  pipe-rtt              multiprocessing.Pipe ping-pong              RttBench pipe (us)
  mp-queue-rtt          multiprocessing.Queue ping-pong             RttBench process-queue (us)
  shm-spin-rtt          shared_memory mailbox, both spinning        RttBench mmap-spin (us)

Exit codes: 0 ok; 1 a wrong result (lost update, bad echo, sequence or digest mismatch); 2 a bad
argument (one line on stderr naming it); 3 cannot run here (fewer than 2 CPUs for cross-cpu, NumPy
missing for --kernel numpy). Children die with their parent (a watchdog thread on the parent pid);
temp paths and shared-memory names start with sharebench-ref-p<pid>- and are removed on exit,
also on SIGINT/SIGTERM.
"""
import argparse
import array
import hashlib
import json
import multiprocessing as mp
import os
import queue
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from multiprocessing import shared_memory
from multiprocessing.managers import SyncManager

PROGRAM = "python-guides"
DEFAULT_MS = 300
BATCH = 64                  # operations between two looks at the clock or the stop flag
FORK = mp.get_context("fork")
now_ns = time.perf_counter_ns


class Failure(Exception):
    """Ends the run with one line on stderr and the exit code."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def wrong(message):
    return Failure(1, message)


def usage(message):
    return Failure(2, message)


def cannot(message):
    return Failure(3, message)


def warmup_ms(ms):
    """A fifth of the measurement, between 10 and 100 ms (as the C programs)."""
    return min(max(ms // 5, 10), 100)


def quantile(values, q):
    """Nearest-rank quantile, the same definition as the C programs."""
    s = sorted(values)
    return s[min(int(q * len(s)), len(s) - 1)]


# ---- placement, children, cleanup -----------------------------------------------------------

ALLOWED_CPUS = sorted(os.sched_getaffinity(0))   # before any pinning narrows this thread


def placement_cpus(placement):
    """(parent cpu, peer cpu) for a placement; None = unpinned. cross-cpu needs 2 allowed CPUs."""
    allowed = ALLOWED_CPUS
    if placement == "os":
        return None, None
    if placement == "same-cpu":
        return allowed[0], allowed[0]
    if len(allowed) < 2:
        raise cannot("placement cross-cpu needs 2 CPUs, this process may use %d" % len(allowed))
    return allowed[0], allowed[1]


def pin(cpu):
    """Pins the calling thread (and the threads it starts later); None leaves it alone."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})


def owned_prefix(pid):
    """The name prefix of every temp path and shared-memory name process `pid` creates."""
    return "sharebench-ref-p%d-" % pid


def owned_paths(pid):
    """Every temp path and shared-memory name a run of process `pid` may have created."""
    prefix = owned_prefix(pid)
    return [os.path.join(d, name) for d in (tempfile.gettempdir(), "/dev/shm") if os.path.isdir(d)
            for name in os.listdir(d) if name.startswith(prefix)]


def watch_parent(ppid):
    """In a child: when the parent is gone (killed: it could not clean up), remove what it owned
    and exit at once. The C programs use PR_SET_PDEATHSIG; Python has no portable equivalent."""
    def watch():
        while os.getppid() == ppid:
            time.sleep(0.2)
        for path in owned_paths(ppid):
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                remove(path)
        os._exit(1)
    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def remove(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass                            # the other side (or the resource tracker) was first


def child_entry(ppid, cpu, target, args):
    watch_parent(ppid)
    pin(cpu)
    try:
        target(*args)
    except (EOFError, BrokenPipeError, ConnectionResetError):
        os._exit(1)                     # the parent went away mid-message: nothing to report to


class Resources:
    """Everything a run creates, removed in close(): temp dir, shared memory, children, managers."""

    def __init__(self):
        self.prefix = owned_prefix(os.getpid())
        self.dir = None                 # made only when a manager needs a socket path
        self.shms, self.procs, self.managers = [], [], []

    def shared_memory(self, tag, size):
        shm = shared_memory.SharedMemory(name=self.prefix + tag, create=True, size=size)
        self.shms.append(shm)
        return shm

    def child(self, cpu, target, *args):
        p = FORK.Process(target=child_entry, args=(os.getpid(), cpu, target, args), daemon=True)
        p.start()
        self.procs.append(p)
        return p

    def manager(self, cpu):
        """A started SyncManager whose server runs on `cpu`. Its Unix socket lives in our temp dir
        (given explicitly, so multiprocessing makes no pymp-* dir of its own)."""
        if self.dir is None:
            self.dir = tempfile.mkdtemp(prefix=self.prefix)
        address = os.path.join(self.dir, "manager-%d.sock" % len(self.managers))
        m = SyncManager(address=address, ctx=FORK)
        m.start(initializer=child_entry, initargs=(os.getpid(), cpu, lambda: None, ()))
        self.managers.append(m)
        return m

    def close(self):
        for p in self.procs:
            p.join(2)
            if p.is_alive():
                p.kill()
                p.join()
        for m in self.managers:
            m.shutdown()
        for shm in self.shms:
            shm.unlink()                # first: a view still alive (an exception's frame) blocks close()
            try:
                shm.close()
            except BufferError:
                pass                    # the mapping goes with the process; the name is gone already
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)


# ---- measuring loops ------------------------------------------------------------------------

def round_trips(step, ms):
    """Warm-up, then time each step(seq) for ms: (samples in us, elapsed ms, last seq)."""
    seq = 0
    warm_end = now_ns() + warmup_ms(ms) * 1_000_000
    while now_ns() < warm_end:
        seq += 1
        step(seq)
    samples = []
    t0 = t = now_ns()
    end = t0 + ms * 1_000_000
    while t < end:
        seq += 1
        a = now_ns()
        step(seq)
        t = now_ns()
        samples.append((t - a) / 1000.0)
    return samples, (t - t0) / 1e6, seq


def rtt_result(samples, took_ms, **extra):
    return dict(unit="us", statistic="p50", value=round(quantile(samples, 0.5), 2),
                p99=round(quantile(samples, 0.99), 2), samples=len(samples), **extra, ms=round(took_ms))


class Worker(threading.Thread):
    """A thread that calls batch() until told to stop, publishing its operation count after each."""

    def __init__(self, batch, name):
        super().__init__(name=name, daemon=True)
        self.batch, self.ops, self.stop, self.error = batch, 0, False, None

    def run(self):
        try:
            while not self.stop:
                self.ops += self.batch()
        except Exception as e:          # reported by the main thread, with the case named there
            self.error = e


def thread_window(workers, ms, finish=None, stop=None):
    """Starts the workers, lets them warm up, counts their operations over ms, then stops them.
    Returns ([ops per worker in the window], window ns). Only the workers in `stop` (default: all)
    get the stop flag; finish() runs after that (e.g. to send an end marker to the others), then
    every worker is joined and its error re-raised."""
    for w in workers:
        w.start()
    time.sleep(warmup_ms(ms) / 1000)
    c0, t0 = [w.ops for w in workers], now_ns()
    time.sleep(ms / 1000)
    c1, t1 = [w.ops for w in workers], now_ns()
    for w in workers if stop is None else stop:
        w.stop = True
    if finish:
        finish()
    for w in workers:
        w.join()
        if w.error:
            raise wrong("%s: %s" % (w.name, w.error))
    return [b - a for a, b in zip(c0, c1)], t1 - t0


def per_thread_ns(counts, window_ns):
    """JMH AverageTime with @Threads(n): the mean over threads of each thread's time per operation."""
    if min(counts) == 0:
        raise wrong("a thread completed no operation in the window")
    return sum(window_ns / c for c in counts) / len(counts)


class Phases:
    """Warm-up / measure / stop, shared by two processes through one word of shared memory.
    Each side runs phased(): it counts its own operations and reads its own clock between the
    first time it sees MEASURE and the first time it sees STOP; the parent also drives the phases."""
    WARMUP, MEASURE, STOP = 0, 1, 2

    def __init__(self):
        self.word = FORK.RawValue("i", self.WARMUP)
        self.ready = FORK.Event()

    def phased(self, step, ms=None):
        """Calls step() (returns the operations it did) until STOP; with ms, drives the phases.
        Returns (operations measured, ns measured, operations in all)."""
        total, start, t = 0, None, now_ns()
        if ms is not None:
            self.ready.wait(10)
            measure_at = now_ns() + warmup_ms(ms) * 1_000_000
            stop_at = None
        else:
            self.ready.set()
        while True:
            if ms is not None:
                t = now_ns()
                if self.word.value == self.WARMUP and t >= measure_at:
                    self.word.value = self.MEASURE
                    stop_at = t + ms * 1_000_000
                elif stop_at is not None and t >= stop_at:
                    self.word.value = self.STOP
            phase = self.word.value
            if phase >= self.MEASURE and start is None:
                start = (total, now_ns())
            if phase == self.STOP:
                return total - start[0], now_ns() - start[1], total
            total += step()


# ---- threads in one process ------------------------------------------------------------------

counter = 0                           # the guides' global, guarded by counter_lock
counter_lock = threading.Lock()


def case_lock_counter(a, res):
    """threading.Lock guarding a global int; each thread adds 1 in a loop and counts its adds
    (CounterBench: uncontended = 1 thread, contended = 2). The total must equal the sum of the
    counts. With 2 threads the GIL serializes them: no speed-up, only hand-overs."""
    global counter
    counter = 0

    def adds():
        global counter
        for _ in range(BATCH):
            with counter_lock:
                counter += 1
        return BATCH
    workers = [Worker(adds, "adder-%d" % i) for i in range(a.threads)]
    counts, window = thread_window(workers, a.ms)
    if counter != sum(w.ops for w in workers):
        raise wrong("counter is %d after %d adds (lost updates)" % (counter, sum(w.ops for w in workers)))
    return dict(unit="ns", statistic="mean over threads of ns per add", value=round(per_thread_ns(counts, window), 1),
                opsPerSecond=round(sum(counts) * 1e9 / window), samples=sum(counts), ms=round(window / 1e6))


def case_queue_handoff(a, res):
    """queue.Queue(maxsize=1024): a producer thread puts sequence numbers, a consumer thread gets
    them and checks each is the next (HandoffBench's blocking group: put/take). At the end only the
    producer is stopped, then it sends an end marker: the consumer drains the queue until it (a
    consumer stopped first would leave the producer blocked in put on a full queue). The consumer
    must have received exactly what was sent. Value: items/s received."""
    q = queue.Queue(maxsize=1024)
    producer_state = {"next": 0}

    def produce():
        n = producer_state["next"]
        for i in range(n, n + BATCH):
            q.put(i)
        producer_state["next"] = n + BATCH
        return BATCH

    received = {"next": 0}

    def consume():
        expect = received["next"]
        for _ in range(BATCH):
            item = q.get()
            if item is None:
                consumer.stop = True
                break
            if item != expect:
                raise ValueError("received item %s, expected %d" % (item, expect))
            expect += 1
        done = expect - received["next"]
        received["next"] = expect
        return done
    producer, consumer = Worker(produce, "producer"), Worker(consume, "consumer")

    def end_marker():
        producer.join()
        q.put(None)
    counts, window = thread_window([producer, consumer], a.ms, finish=end_marker, stop=[producer])
    if received["next"] != producer_state["next"]:
        raise wrong("sent %d items, received %d" % (producer_state["next"], received["next"]))
    return dict(unit="items/s", statistic="mean", value=round(counts[1] * 1e9 / window),
                samples=counts[1], ms=round(window / 1e6))


DIGEST_INPUT = bytes(range(64))
DIGEST_EXPECTED = hashlib.sha256(DIGEST_INPUT).digest()
DIGESTS_PER_TASK = 8


def case_thread_local_scratch(a, res):
    """threading.local holding each thread's SHA-256 scratch, reused for every digest: a task of 8
    digests of a 64-byte buffer, each checked (ScratchBench direct, 2 threads, ns per digest).
    NOTE: a hashlib object cannot be reset after digest(), so the scratch is a pristine sha256
    object and each use is .copy() of it (hashlib's own way to reuse a prefix)."""
    if hashlib.sha256(b"abc").hexdigest() != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad":
        raise wrong("hashlib's SHA-256 fails the FIPS 180-2 'abc' vector")
    local = threading.local()

    def task():
        for _ in range(DIGESTS_PER_TASK):
            scratch = getattr(local, "sha", None)
            if scratch is None:
                scratch = local.sha = hashlib.sha256()
            h = scratch.copy()
            h.update(DIGEST_INPUT)
            if h.digest() != DIGEST_EXPECTED:
                raise ValueError("wrong digest %s (scratch shared or corrupted)" % h.hexdigest())
        return DIGESTS_PER_TASK
    workers = [Worker(task, "digester-%d" % i) for i in range(a.threads)]
    counts, window = thread_window(workers, a.ms)
    return dict(unit="ns", statistic="mean over threads of ns per digest", value=round(per_thread_ns(counts, window), 1),
                opsPerSecond=round(sum(counts) * 1e9 / window), samples=sum(counts), ms=round(window / 1e6))


DICT_KEYS = 1024
DICT_MIXES = {"read-mostly": 95, "write-heavy": 50}     # percent of gets


def case_dict_threads(a, res):
    """A dict shared by threads, every get and put under one threading.Lock (the guides' first
    example). 1024 int keys; thread t writes only the keys k with k % threads == t, so every value
    is checkable: a value is key << 32 | version, a get must return its own key's value and, for a
    key this thread owns, exactly its last write. At the end every key must hold its owner's last
    write. Mix: read-mostly 95% gets, write-heavy 50%. Value: operations/s of all threads."""
    d = {k: k << 32 for k in range(DICT_KEYS)}
    lock = threading.Lock()
    reads = DICT_MIXES[a.mix]
    plan = [((i * 37) % 100 >= reads, (i * 7919) % DICT_KEYS) for i in range(1000)]   # (write?, key)
    last_writes = []

    def worker_for(t):
        mine = {}                    # key -> last value this thread wrote
        last_writes.append(mine)
        state = {"i": 0, "version": 0}

        def ops():
            i = state["i"]
            for _ in range(BATCH):
                write, k = plan[i % len(plan)]
                i += 1
                if write:
                    k = k - k % a.threads + t
                    if k >= DICT_KEYS:
                        k = t
                    state["version"] += 1
                    v = k << 32 | state["version"]
                    with lock:
                        d[k] = v
                    mine[k] = v
                else:
                    with lock:
                        v = d.get(k)
                    if v is None or v >> 32 != k or (k in mine and v != mine[k]):
                        raise ValueError("get(%d) returned %r" % (k, v))
            state["i"] = i
            return BATCH
        return Worker(ops, "map-user-%d" % t)
    workers = [worker_for(t) for t in range(a.threads)]
    counts, window = thread_window(workers, a.ms)
    for mine in last_writes:
        for k, v in mine.items():
            if d[k] != v:
                raise wrong("key %d holds %d, its owner last wrote %d" % (k, d[k], v))
    return dict(unit="ops/s", statistic="mean", value=round(sum(counts) * 1e9 / window),
                nsPerOp=round(per_thread_ns(counts, window), 1), samples=sum(counts), ms=round(window / 1e6))


# ---- two processes ---------------------------------------------------------------------------

def counter_child(value, phases, conn):
    def adds():
        for _ in range(BATCH):
            with value.get_lock():
                value.value += 1
        return BATCH
    conn.send(phases.phased(adds))


def case_mp_value_counter(a, res):
    """multiprocessing.Value('q') with its lock: this process and a child each add 1 in a loop
    (`with v.get_lock(): v.value += 1`), for the same window (XprocCounterBench, batch 1). Value:
    adds/s of BOTH processes, with this side's share beside it (an unfair lock shows there). The
    total must equal both sides' counts exactly."""
    parent_cpu, child_cpu = placement_cpus(a.placement)
    value, phases = FORK.Value("q", 0), Phases()
    here, there = FORK.Pipe()
    pin(parent_cpu)
    child = res.child(child_cpu, counter_child, value, phases, there)

    def adds():
        for _ in range(BATCH):
            with value.get_lock():
                value.value += 1
        return BATCH
    mine, ns, my_total = phases.phased(adds, a.ms)
    theirs, _, their_total = receive(here, child, "counter child")
    if value.value != my_total + their_total:
        raise wrong("value is %d after %d + %d adds (lost updates)" % (value.value, my_total, their_total))
    return dict(unit="adds/s", statistic="mean", value=round((mine + theirs) * 1e9 / ns),
                parentShare=round(mine / max(1, mine + theirs), 3), parentAddsPerSecond=round(mine * 1e9 / ns),
                samples=mine + theirs, ms=round(ns / 1e6))


def receive(conn, child, what):
    """The child's report, or a clear failure if it died first."""
    if not conn.poll(30):
        raise wrong("%s sent no report (exit code %s)" % (what, child.exitcode))
    return conn.recv()


ARRAY_LENGTH = 1 << 18      # BulkArrayBench.LENGTH: 2 MiB of int64


def initial_sum(lo, hi):
    return (lo + hi - 1) * (hi - lo) // 2


def array_pass(view, lo, hi, numpy):
    """One update pass over [lo, hi): add 1 to every element."""
    if numpy is not None:
        view[lo:hi] += 1
    else:
        for i in range(lo, hi):
            view[i] += 1
    return 1


def array_sum(view, lo, hi, numpy):
    return int(view[lo:hi].sum()) if numpy is not None else sum(view[lo:hi])


def array_child(view_maker, phases, conn, lo, hi, numpy_wanted):
    numpy = load_numpy() if numpy_wanted else None
    view = view_maker(numpy)
    conn.send(phases.phased(lambda: array_pass(view, lo, hi, numpy)))


def load_numpy():
    try:
        import numpy
    except ImportError:
        raise cannot("--kernel numpy: NumPy is not installed (the python kernel needs nothing)")
    return numpy


def case_mp_array(a, res):
    """A big numeric array in shared memory (2^18 int64, a[i] = i), BulkArrayBench's work.
    --storage array: multiprocessing.Array('q', lock=False); shared-memory: a
    multiprocessing.shared_memory block viewed as int64. --kernel python: element loops (the
    guides' code); numpy: a NumPy view of the same memory.
    --op update: this process and a child each add 1 to every element of their own half, pass
    after pass (BulkArrayBench.update, 2 threads there); value = us per pass over one half (mean of
    the two sides); verified: each half sums to its initial sum + passes x length.
    --op sum: this process sums the whole array (BulkArrayBench.sum); value = us per sum; every
    sum is checked against the known total."""
    numpy = load_numpy() if a.kernel == "numpy" else None
    if a.storage == "array":
        raw = FORK.Array("q", ARRAY_LENGTH, lock=False)

        def view_of(np):
            return np.frombuffer(raw, dtype=np.int64) if np is not None else raw
    else:
        shm = res.shared_memory("array", ARRAY_LENGTH * 8)

        def view_of(np):
            return np.frombuffer(shm.buf, dtype=np.int64) if np is not None else shm.buf.cast("q")
    view = view_of(numpy)
    view[:] = array.array("q", range(ARRAY_LENGTH)) if numpy is None else numpy.arange(ARRAY_LENGTH, dtype=numpy.int64)
    half = ARRAY_LENGTH // 2
    if a.op == "sum":
        expected = initial_sum(0, ARRAY_LENGTH)

        def one_sum(seq):
            got = array_sum(view, 0, ARRAY_LENGTH, numpy)
            if got != expected:
                raise wrong("whole-array sum %d, expected %d" % (got, expected))
        samples, took, _ = round_trips(one_sum, a.ms)
        return dict(unit="us", statistic="mean", value=round(sum(samples) / len(samples), 1),
                    p50=round(quantile(samples, 0.5), 1), samples=len(samples), ms=round(took))
    parent_cpu, child_cpu = placement_cpus(a.placement)
    phases = Phases()
    here, there = FORK.Pipe()
    pin(parent_cpu)
    child = res.child(child_cpu, array_child, view_of, phases, there, half, ARRAY_LENGTH, numpy is not None)
    mine, my_ns, my_total = phases.phased(lambda: array_pass(view, 0, half, numpy), a.ms)
    theirs, their_ns, their_total = receive(here, child, "array child")
    for lo, hi, passes in ((0, half, my_total), (half, ARRAY_LENGTH, their_total)):
        got, want = array_sum(view, lo, hi, numpy), initial_sum(lo, hi) + passes * (hi - lo)
        if got != want:
            raise wrong("partition [%d, %d) sums to %d after %d passes, expected %d" % (lo, hi, got, passes, want))
    if mine == 0 or theirs == 0:
        raise wrong("a side completed no pass in the window (%d, %d): raise --ms" % (mine, theirs))
    per_side = [my_ns / mine / 1000, their_ns / theirs / 1000]
    return dict(unit="us", statistic="mean over the two processes of us per pass over one half",
                value=round(sum(per_side) / 2, 1), perSide=[round(x, 1) for x in per_side],
                samples=mine + theirs, ms=round(my_ns / 1e6))


def case_manager_dict(a, res):
    """Manager().dict(): a proxy in this process, the dict in the manager's server process, one
    round trip per call (RttBench's and SharedMapBench's manager rows). get: d.get("k") must return
    42. put: d["k<i % 64>"] = i; at the end one d.copy() must show every key's last value.
    The server process runs on the peer CPU of the placement (its threads inherit the pinning)."""
    parent_cpu, server_cpu = placement_cpus(a.placement)
    pin(parent_cpu)
    d = res.manager(server_cpu).dict()
    d["k"] = 42
    if a.case == "manager-dict-get":
        def step(seq):
            v = d.get("k")
            if v != 42:
                raise wrong("get returned %r, expected 42" % (v,))
        return rtt_result(*round_trips(step, a.ms)[:2])
    last = {}

    def put(seq):
        key = "k%d" % (seq % 64)
        d[key] = seq
        last[key] = seq
    samples, took, _ = round_trips(put, a.ms)
    copy = d.copy()
    for k, v in last.items():
        if copy.get(k) != v:
            raise wrong("key %s holds %r, last put was %d" % (k, copy.get(k), v))
    return rtt_result(samples, took)


def echo_child(recv, send):
    """Echo every message, checking it is the previous + 1; answer None with the error count."""
    last, errors = 0, 0
    while True:
        v = recv()
        if v is None:
            send(errors)
            return
        if v != last + 1:
            errors += 1
        last = v
        send(v)


def echo_run(a, res, recv, send, child_recv, child_send):
    """Ping-pong through (send, recv) with an echo child; checks every echo and the child's count."""
    parent_cpu, child_cpu = placement_cpus(a.placement)
    pin(parent_cpu)
    child = res.child(child_cpu, echo_child, child_recv, child_send)

    def step(seq):
        send(seq)
        v = recv()
        if v != seq:
            raise wrong("sent %d, echo was %r" % (seq, v))
    samples, took, _ = round_trips(step, a.ms)
    send(None)
    errors = recv()
    if errors:
        raise wrong("the echo child saw %d messages out of sequence" % errors)
    child.join(5)
    return rtt_result(samples, took)


def case_pipe_rtt(a, res):
    """multiprocessing.Pipe(): conn.send(i) / conn.recv() to an echo child and back (pickled ints).
    RttBench's pipe row carries raw 8-byte frames: the pickling is part of what the guides cost."""
    here, there = FORK.Pipe()
    return echo_run(a, res, here.recv, here.send, there.recv, there.send)


def case_mp_queue_rtt(a, res):
    """Two multiprocessing.Queue objects, one each way: put(i) / get() to an echo child and back (a
    feeder thread, pickling and a pipe per queue): RttBench's process-queue row."""
    to_child, from_child = FORK.Queue(), FORK.Queue()
    try:
        return echo_run(a, res, from_child.get, to_child.put, to_child.get, from_child.put)
    finally:
        for q in (to_child, from_child):
            q.close()
            q.join_thread()


# shared_memory mailbox, as core's ExchangeLayout: request at byte 128, response at 256 (two lines
# apart each), each {seq, value} as int64 words; seq -1 tells the child to stop.
REQ_SEQ, REQ_VALUE, RESP_SEQ, RESP_VALUE = 16, 17, 32, 33


def shm_spin_child(shm):
    words = shm.buf.cast("q")
    last = 0
    while True:
        s = words[REQ_SEQ]
        while s == last:
            s = words[REQ_SEQ]
        if s < 0:
            break
        words[RESP_VALUE] = words[REQ_VALUE]
        words[RESP_SEQ] = s
        last = s
    words.release()


def case_shm_spin_rtt(a, res):
    """multiprocessing.shared_memory, a {seq, value} mailbox each way, both sides spinning on the
    seq word (RttBench mmap-spin). The parent writes value then seq; the child waits for a new seq,
    copies value into the reply, then publishes the reply's seq; the parent checks seq and value.
    (x86 keeps stores in order, and CPython does each store as one 8-byte move.) Spinning on ONE
    CPU only progresses when the scheduler preempts the spinner: same-cpu shows milliseconds."""
    parent_cpu, child_cpu = placement_cpus(a.placement)
    shm = res.shared_memory("mailbox", 4096)
    words = shm.buf.cast("q")
    pin(parent_cpu)
    child = res.child(child_cpu, shm_spin_child, shm)

    def step(seq):
        value = seq * 3
        words[REQ_VALUE] = value
        words[REQ_SEQ] = seq
        spins = 0
        while words[RESP_SEQ] != seq:
            spins += 1
            if spins & 0xFFFF == 0 and not child.is_alive():
                raise wrong("the spinning child died (exit code %s)" % child.exitcode)
        if words[RESP_VALUE] != value:
            raise wrong("reply %d to request %d, expected %d" % (words[RESP_VALUE], seq, value))
    try:
        result = rtt_result(*round_trips(step, a.ms)[:2])
        words[REQ_SEQ] = -1
        child.join(5)
        return result
    finally:
        words.release()


# ---- command line ----------------------------------------------------------------------------

THREAD_CASES = {"lock-counter": case_lock_counter, "queue-handoff": case_queue_handoff,
                "thread-local-scratch": case_thread_local_scratch, "dict-threads": case_dict_threads}
PROCESS_CASES = {"mp-value-counter": case_mp_value_counter, "mp-array": case_mp_array,
                 "manager-dict-get": case_manager_dict, "manager-dict-put": case_manager_dict,
                 "pipe-rtt": case_pipe_rtt, "mp-queue-rtt": case_mp_queue_rtt, "shm-spin-rtt": case_shm_spin_rtt}
CASES = {**THREAD_CASES, **PROCESS_CASES}
# The options each case takes besides --case and --ms, with their defaults.
CASE_OPTIONS = {
    "lock-counter": {"threads": 1},
    "queue-handoff": {},
    "thread-local-scratch": {"threads": 2},
    "dict-threads": {"threads": 2, "mix": "read-mostly"},
    "mp-value-counter": {"placement": "cross-cpu"},
    "mp-array": {"op": "update", "storage": "array", "kernel": "python", "placement": "cross-cpu"},
    "manager-dict-get": {"placement": "cross-cpu"},
    "manager-dict-put": {"placement": "cross-cpu"},
    "pipe-rtt": {"placement": "cross-cpu"},
    "mp-queue-rtt": {"placement": "cross-cpu"},
    "shm-spin-rtt": {"placement": "cross-cpu"},
}


class OneLineParser(argparse.ArgumentParser):
    def error(self, message):
        raise usage(message)


def parser():
    p = OneLineParser(prog="python-guides.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", required=True, choices=sorted(CASES), metavar="NAME", help="the case to measure (list above)")
    p.add_argument("--ms", type=int, default=DEFAULT_MS, help="measurement time in ms (default 300)")
    p.add_argument("--threads", type=int, choices=(1, 2), help="lock-counter (default 1), thread-local-scratch, dict-threads (default 2)")
    p.add_argument("--mix", choices=sorted(DICT_MIXES), help="dict-threads: read-mostly (95%% gets, default) or write-heavy (50%%)")
    p.add_argument("--placement", choices=("cross-cpu", "same-cpu", "os"),
                   help="cross-process cases (default cross-cpu): parent on the first CPU, peer on the second / both on the first / unpinned")
    p.add_argument("--op", choices=("update", "sum"), help="mp-array: partitioned update by 2 processes (default) or whole-array sum")
    p.add_argument("--storage", choices=("array", "shared-memory"), help="mp-array: multiprocessing.Array (default) or shared_memory")
    p.add_argument("--kernel", choices=("python", "numpy"), help="mp-array: element loops (default) or a NumPy view")
    return p


def parse(argv):
    """The arguments, with each case's defaults filled in; an option the case does not take is a
    usage error (so a typo never measures something else than asked)."""
    a = parser().parse_args(argv)
    if not 1 <= a.ms <= 600000:
        raise usage("--ms: %d is outside 1..600000" % a.ms)
    allowed = dict(CASE_OPTIONS[a.case])
    if a.case == "mp-array" and a.op == "sum":
        del allowed["placement"]        # one process: nothing to place
    for name in ("threads", "mix", "placement", "op", "storage", "kernel"):
        given = getattr(a, name)
        if given is None:
            setattr(a, name, allowed.get(name))
        elif name not in allowed:
            takes = ", ".join("--" + o for o in allowed) or "only --ms"
            raise usage("--%s: does not apply to case %s%s (it takes: %s)"
                        % (name, a.case, " --op sum" if a.case == "mp-array" and a.op == "sum" else "", takes))
    a.options = list(allowed)
    return a


def case_record(a):
    return {name: getattr(a, name) for name in ["case"] + a.options}


def run(argv):
    a = parse(argv)
    signal.alarm(HANG_SECONDS + a.ms // 1000)
    res = Resources()
    try:
        result = CASES[a.case](a, res)
    finally:
        res.close()
    out = {"program": PROGRAM, "case": case_record(a)}
    out.update(result)
    out["python"] = sys.version.split()[0]
    return out


def on_signal(signum, frame):
    raise SystemExit(128 + signum)       # unwinds through every finally: children, shm, temp dir


def on_alarm(signum, frame):
    raise wrong("no result after %d s (hung?)" % HANG_SECONDS)


HANG_SECONDS = 60


def main(argv):
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)   # also when started with SIGINT ignored (a background job)
    signal.signal(signal.SIGALRM, on_alarm)   # a hung case fails (exit 1) instead of hanging its caller
    try:
        print(json.dumps(run(argv)), flush=True)
        return 0
    except Failure as f:
        print("%s: %s" % (PROGRAM, f), file=sys.stderr)
        return f.code


# ---- the old python-manager.py sweep (python-manager.py calls this; output unchanged) ----------

def legacy_manager(argv):
    """`python-manager.py [calls] [runs]`: for each placement, `runs` fresh managers, `calls`
    timed d.get("k") each; prints the median of the per-run medians per placement (one JSON)."""
    calls = int(argv[0]) if len(argv) > 0 else 5000
    runs = int(argv[1]) if len(argv) > 1 else 3
    all_cpus = os.sched_getaffinity(0)
    out = {}
    res = Resources()
    try:
        for name in ("same-cpu", "cross-cpu", "os"):
            client_cpu, server_cpu = placement_cpus(name)
            meds = []
            for _ in range(runs):
                os.sched_setaffinity(0, all_cpus if client_cpu is None else {client_cpu})
                manager = res.manager(server_cpu)
                d = manager.dict()
                d["k"] = 42
                for _ in range(500):          # warm-up
                    d.get("k")
                samples = []
                for _ in range(calls):
                    t0 = now_ns()
                    v = d.get("k")
                    samples.append((now_ns() - t0) / 1000.0)
                    if v != 42:
                        raise wrong("wrong value %r" % (v,))
                meds.append(statistics.median(samples))
                manager.shutdown()
            out[name] = round(statistics.median(meds), 2)
    finally:
        res.close()
    os.sched_setaffinity(0, all_cpus)
    print(json.dumps({"unit": "us", "statistic": "median of per-run median Manager().dict() get",
                      "python": sys.version.split()[0], "calls": calls, "runs": runs, "p50": out,
                      "source": "scripts/reference/python-manager.py"}))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
