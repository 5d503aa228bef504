"""python-manager.py: the classic Python reference for the manager-uds target, measured in the
same run: a multiprocessing Manager().dict() proxy's get, one round trip to the manager server per
call (the exact shape sharebench's manager mechanisms reproduce on the JVM). Placement as in
RttBench: both processes pinned to CPU 0 (same-cpu), client on CPU 0 and server on CPU 1
(cross-cpu), or left to the OS (os). Prints one JSON object: median per-call time in us.

The code lives in python-guides.py (one case at a time: `python-guides.py --case manager-dict-get
--placement cross-cpu`); this file keeps the old sweep and its output for run-all.sh.

Usage: python3 python-manager.py [calls] [runs]
"""
import importlib.util
import os
import sys


def load_guides():
    sys.dont_write_bytecode = True      # no __pycache__ next to the scripts
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-guides.py")
    spec = importlib.util.spec_from_file_location("python_guides", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    guides = load_guides()
    try:
        guides.legacy_manager(sys.argv[1:])
    except guides.Failure as f:
        print("python-manager: %s" % f, file=sys.stderr)
        sys.exit(f.code)
