"""Run `mentoring validate` on many organisations in this one process, for the structural fuzzer.

Usage: python -m tests.support.validate_batch ROOT...

For each root it prints one JSON line before the run ({"start": root}), so that if the process dies
(a signal, a memory limit) the caller knows which root killed it, and one after it with the exit
status, the seconds taken and what the command printed. Nothing is caught here: a traceback
reaches stderr and fails the caller's test.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time

from mentoring.cli.main import main


def run(roots: list[str]) -> None:
    for root in roots:
        print(json.dumps({"start": root}), flush=True)
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["validate", root, "--format", "text"])
        seconds = time.perf_counter() - started
        print(json.dumps({"root": root, "status": status, "seconds": seconds, "out": out.getvalue(), "err": err.getvalue()}), flush=True)


if __name__ == "__main__":
    run(sys.argv[1:])
