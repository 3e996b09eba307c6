"""Render some of a build's pages in a second process, so that a big build uses both cores.

The engine hands over the pages' keys in the order it will meet them and a function that renders
one page exactly as the engine would (returning its body, page.content, and its finished HTML). The
process is forked once the theme is ready, so it renders with the same templates, data and
settings. It works from the last page back while the engine renders from the first on, each
claiming a page before rendering it, so the two meet wherever the work divides evenly, however
busy either core is. The second process writes each page to a spool file, and the engine takes
them back where it would have rendered them itself. Output is byte-identical to a build on one
core (a test says so).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import tempfile
import traceback
from typing import Callable

RenderedPage = tuple[str, str]  # (the page's body, page.content, and its finished HTML)


class SecondProcess:
    """A forked process rendering `keys` with `render`, from the last one back, until it meets the
    pages this process claims; read its pages back with `take`.

    Make one only from a process's only thread (SiteBuild.share_pages waits for that, or shares
    nothing): a fork copies just the calling thread, so a lock another thread holds (in logging,
    in the allocator) would stay locked forever in the copy."""

    def __init__(self, keys: list[str], render: Callable[[str], RenderedPage]):
        self.keys = set(keys)
        self._numbers = {key: number for number, key in enumerate(keys)}
        # [the first page this process has not claimed, the last the second process has claimed]
        self._bounds = multiprocessing.RawArray("q", [0, len(keys)])
        self._lock = multiprocessing.Lock()
        spool, self._spool_path = tempfile.mkstemp(prefix="mentoring-pages-", suffix=".pickle")
        self._pid = os.fork()
        if self._pid == 0:  # the second process: render, write, and leave without running the engine on
            os._exit(_render_all(spool, list(keys), render, self._bounds, self._lock))
        os.close(spool)
        self._reader = None
        self._offsets: dict[str, int] = {}

    def claim(self, key: str) -> bool:
        """Claim a page for this process to render; False when the second process has it (`take` it)."""
        number = self._numbers[key]
        with self._lock:
            if number < self._bounds[1]:
                self._bounds[0] = max(self._bounds[0], number + 1)
                return True
        return False

    def take(self, key: str) -> RenderedPage:
        """Return a page the second process rendered; raise RuntimeError if it failed."""
        if self._reader is None:
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            self._reader = open(self._spool_path, "rb")
            os.unlink(self._spool_path)
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError(self._failure())
            self._offsets = _record_offsets(self._reader)
        if key not in self._offsets:
            raise RuntimeError(f"the second process did not render {key}")
        self._reader.seek(self._offsets.pop(key))
        return pickle.load(self._reader)[1]

    def _failure(self) -> str:
        """Return what the second process said when it failed (its last record), or that it said nothing."""
        message = "the second process stopped without saying why"
        try:
            while True:
                found, rendered = pickle.load(self._reader)
                if found is None:
                    message = rendered
        except (EOFError, pickle.UnpicklingError):
            return message

    def close(self) -> None:
        """Stop the second process if it is still running (a build that failed) and remove the spool."""
        if self._pid:
            os.kill(self._pid, signal.SIGTERM)
            os.waitpid(self._pid, 0)
            self._pid = 0
        if self._reader is not None:
            self._reader.close()
        elif os.path.exists(self._spool_path):
            os.unlink(self._spool_path)


def _record_offsets(spool) -> dict[str, int]:
    """Return where in the spool each page's record starts (reading every record once)."""
    offsets = {}
    while True:
        at = spool.tell()
        try:
            key, _ = pickle.load(spool)
        except EOFError:
            return offsets
        offsets[key] = at


def _render_all(spool: int, keys: list[str], render: Callable[[str], RenderedPage], bounds, lock) -> int:
    """In the second process: render pages from the last one back, each claimed first, into the
    spool until the next one is already claimed by the other process; return the exit status."""
    with os.fdopen(spool, "wb") as out:
        while True:
            with lock:
                number = bounds[1] - 1
                if number < bounds[0]:
                    return 0
                bounds[1] = number
            try:
                rendered = render(keys[number])
            except Exception:  # noqa: BLE001 - reported to the main process, which stops the build
                pickle.dump((None, f"Error building page '{keys[number]}':\n{traceback.format_exc()}"), out)
                return 1
            pickle.dump((keys[number], rendered), out, protocol=pickle.HIGHEST_PROTOCOL)
