"""What every benchmark reports: a figure with our value, the anchor's and whether the target is met."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class Figure:
    """One benchmark line: our value, the anchor's, and the target on their ratio."""

    name: str
    ours: float
    anchor: float | None
    unit: str
    target: str
    met: bool

    @property
    def ratio(self) -> str:
        return f"{self.ours / self.anchor:.2f}x" if self.anchor else "n/a"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)
