"""`make bench` harness (bench.run and bench.search), run on tiny organisations: every figure is measured and reported."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.support.paths import PROJECT

pytestmark = pytest.mark.early

FIGURES = [
    "validate 60 cards", "build 20 mentors", "build 60 mentors", "per-mentor build cost",
    "/mentors/ gzipped, 60 mentors", "peak memory, build of 60", "one filter change on /mentors/, 60 mentors",
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


SEARCH_FIGURES = [
    "search: first result for a full name after load, 40 mentors", "search: KB fetched by the home page plus one query, 40 mentors",
    "search: prebuilt lunr index a browser would fetch first (gzipped), 40 mentors", "search: build time the index adds, 40 mentors",
    "search: Pagefind bundle on disk, 40 mentors",
]


def test_the_search_benchmark_measures_every_figure_against_its_anchors(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    report.write_text("# Benchmarks\n\nKept as it is.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bench.search", "--smoke", "--out", str(report)], cwd=PROJECT,
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nKept as it is.\n") and "## Site search" in text
    for figure in SEARCH_FIGURES:
        assert f"| {figure}" in text, figure
