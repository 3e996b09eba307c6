"""Sites every worker of a test run reads, built by the first worker that asks and reused by the others."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path


def built_once(tmp_path_factory, name: str, make: Callable[[Path], Path]) -> Path:
    """Return what make(folder) built in a folder all pytest-xdist workers of this run share.

    The first worker to ask runs make while the others wait for it; later ones find it done. Callers
    only read what it built: a test that changes a site works on a copy. Without xdist, the folder is
    the run's own.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's popen-gwN
    folder, answer = base / f"built-{name}", base / f"built-{name}.path"
    with open(base / f"built-{name}.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not answer.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker that failed to build left
            folder.mkdir()
            answer.write_text(str(make(folder)), encoding="utf-8")
        return Path(answer.read_text(encoding="utf-8"))
