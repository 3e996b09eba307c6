"""`make bench` harness, run on tiny organisations: every figure is measured and reported."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.support.paths import PROJECT

FIGURES = [
    "validate 60 cards", "build 20 mentors", "build 60 mentors", "per-mentor build cost",
    "search index per mentor", "/mentors/ gzipped, 60 mentors", "peak memory, build of 60",
    "first search result after load, 40 mentors", "one filter change on /mentors/, 60 mentors",
    "match helper suggestions after a change, 60 mentors",
]
# Lighthouse runs where Node.js is installed (tools/lighthouse.py installs the pinned release).
LIGHTHOUSE = [f"Lighthouse /mentors/, 40 mentors: {figure}" for figure in ("performance", "total blocking time", "accessibility", "DOM elements")]


def test_the_benchmark_harness_measures_every_figure(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--out", str(report)], cwd=PROJECT,
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    text = report.read_text(encoding="utf-8")
    assert "Machine:" in text
    for figure in FIGURES + (LIGHTHOUSE if shutil.which("node") else []):
        assert f"| {figure}" in text, figure
