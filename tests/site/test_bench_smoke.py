"""`make bench` harness, run on tiny organisations: every figure is measured and reported."""

from __future__ import annotations

import subprocess
import sys

from tests.support.paths import PROJECT

FIGURES = [
    "validate 60 cards", "build 20 mentors", "build 60 mentors", "per-mentor build cost",
    "search index per mentor", "/mentors/ gzipped per 1,000 mentors", "peak memory, build of 60",
    "first search result after load",
]


def test_the_benchmark_harness_measures_every_figure(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--out", str(report)], cwd=PROJECT,
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    text = report.read_text(encoding="utf-8")
    assert "Machine:" in text
    for figure in FIGURES:
        assert f"| {figure}" in text, figure
