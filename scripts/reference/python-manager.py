"""python-manager.py: the classic Python reference for the manager-uds target, measured in the
same run: a multiprocessing Manager().dict() proxy's get, one round trip to the manager server per
call (the exact shape sharebench's manager mechanisms reproduce on the JVM). Placement as in
RttBench: both processes pinned to CPU 0 (same-cpu), client on CPU 0 and server on CPU 1
(cross-cpu), or left to the OS (os). Prints one JSON object: median per-call time in us.

Usage: python3 python-manager.py [calls] [runs]
"""
import json
import multiprocessing as mp
import os
import statistics
import sys
import time


def pin_server(cpu):
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})


def median_get_us(d, calls):
    d["k"] = 42
    for _ in range(500):                      # warm-up
        d.get("k")
    samples = []
    for _ in range(calls):
        t0 = time.perf_counter_ns()
        v = d.get("k")
        samples.append((time.perf_counter_ns() - t0) / 1000.0)
        if v != 42:
            raise SystemExit("python-manager: wrong value %r" % (v,))
    return statistics.median(samples)


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    placements = {"same-cpu": (0, 0), "cross-cpu": (0, 1), "os": (None, None)}
    out = {}
    all_cpus = os.sched_getaffinity(0)
    for name, (client_cpu, server_cpu) in placements.items():
        meds = []
        for _ in range(runs):
            os.sched_setaffinity(0, all_cpus if client_cpu is None else {client_cpu})
            with mp.Manager() as m:
                d = m.dict()                  # the connection (and its server thread) exist now
                if server_cpu is not None:     # pin every thread of the server process
                    for tid in os.listdir("/proc/%d/task" % m._process.pid):
                        os.sched_setaffinity(int(tid), {server_cpu})
                meds.append(median_get_us(d, calls))
        out[name] = round(statistics.median(meds), 2)
    os.sched_setaffinity(0, all_cpus)
    print(json.dumps({"unit": "us", "statistic": "median of per-run median Manager().dict() get",
                      "python": sys.version.split()[0], "calls": calls, "runs": runs, "p50": out,
                      "source": "scripts/reference/python-manager.py"}))


if __name__ == "__main__":
    main()
