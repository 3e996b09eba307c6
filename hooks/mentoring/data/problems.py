"""The problem record every check produces, and the error that carries them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field as dataclass_field


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at a place a person can find."""

    path: str
    line: int
    column: int
    field: str
    message: str
    # Which rule failed, as its message's key in schemas/messages.yml ('required', 'min_items'), or the
    # schema keyword for a message without one; the card builder words the same key for the form.
    key: str = dataclass_field(default="", compare=False)

    def __str__(self) -> str:
        if self.internal:
            return f"{self.path}: {self.message}"
        field = f"{self.field}: " if self.field else ""
        return f"{self.path}:{self.line}:{self.column}: {field}{self.message}"

    @property
    def internal(self) -> bool:
        """True for a fault in the checks themselves, which has no place in the file (line 0)."""
        return self.line == 0

    def as_dict(self) -> dict:
        """Return the problem as JSON data: where, which field, and the message."""
        found = asdict(self)
        del found["key"]
        return found


class TextPositions:
    """The 1-based (line, column) of offsets in one text, found by bisection over its line starts."""

    def __init__(self, text: str):
        self.starts = [0] + [newline.end() for newline in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def internal_error(path: str, error: BaseException) -> Problem:
    """Return the problem that reports an unexpected fault in the checks while they read path."""
    return Problem(
        path, 0, 0, "",
        f"internal error while checking this file ({type(error).__name__}: {error});"
        " this is a fault in Mentoring Hub's checks, not necessarily in the file:"
        " please report it to the hub's maintainers with the file attached",
    )


@contextmanager
def internal_errors_reported(problems: list[Problem], path: str) -> Iterator[None]:
    """Turn any unexpected error in the block into an internal-error problem for path, so other files are still checked."""
    try:
        yield
    except Exception as error:  # the last resort: bad input has its own messages; this is for faults in the checks
        problems.append(internal_error(path, error))


class InvalidData(Exception):
    """Raised when the data has problems; carries every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n{lines}")
