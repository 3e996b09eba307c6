"""Render some of a build's pages in a second process, so that a big build uses both cores.

The engine hands over the pages' keys in the order it will meet them and a function that renders
one page exactly as the engine would (returning its search text and its finished HTML). The
process is forked once the theme is ready, so it renders with the same templates, data and
settings; it writes each page to a spool file, and the engine takes them back, in order, where it
would have rendered them itself. Output is byte-identical to a build on one core (a test says so).
"""

from __future__ import annotations

import os
import pickle
import signal
import tempfile
import traceback
from typing import Callable

RenderedPage = tuple[str, str]  # (the page's text for the search index, its finished HTML)


class SecondProcess:
    """A forked process rendering `keys`, in order, with `render`; read back with `take`."""

    def __init__(self, keys: list[str], render: Callable[[str], RenderedPage]):
        self.keys = set(keys)
        self._order = list(keys)
        spool, self._spool_path = tempfile.mkstemp(prefix="mentoring-pages-", suffix=".pickle")
        self._pid = os.fork()
        if self._pid == 0:  # the second process: render, write, and leave without running the engine on
            os._exit(_render_all(spool, self._order, render))
        os.close(spool)
        self._reader = None
        self._next = 0

    def take(self, key: str) -> RenderedPage:
        """Return the next page the second process rendered, which must be `key`; raise RuntimeError if it failed."""
        if self._reader is None:
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            self._reader = open(self._spool_path, "rb")
            os.unlink(self._spool_path)
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError(self._failure())
        expected = self._order[self._next]
        if key != expected:
            raise RuntimeError(f"pages taken out of order: {key} before {expected}")
        self._next += 1
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


def _render_all(spool: int, keys: list[str], render: Callable[[str], RenderedPage]) -> int:
    """In the second process: render every page into the spool; return the exit status."""
    with os.fdopen(spool, "wb") as out:
        for key in keys:
            try:
                rendered = render(key)
            except Exception:  # noqa: BLE001 - reported to the main process, which stops the build
                pickle.dump((None, f"Error building page '{key}':\n{traceback.format_exc()}"), out)
                return 1
            pickle.dump((key, rendered), out, protocol=pickle.HIGHEST_PROTOCOL)
    return 0
