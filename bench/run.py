"""Benchmarks for Mentoring Hub (`make bench`). Each figure is a median of several runs and a ratio
against an anchor measured in the same run; results go to BENCHMARKS.md.

    python -m bench.run [--runs 3] [--out BENCHMARKS.md] [--smoke]

Sizes: builds at 1,000 and 10,000 mentors (and an empty organisation, for the start-up cost),
Lighthouse at 1,000, 5,000 and 10,000, the filter change and the match helper at 10,000 (the
site search's figures at 5,000 and 10,000: bench/search.py, run after this by `make bench`). Pages are served gzip-compressed, as a static host serves them.
--smoke uses tiny organisations and one run: it checks the harness, not the speed (Lighthouse
only on the directory, and only where Node.js is installed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.browser import browser_figures
from bench.figures import Figure, log
from bench.lighthouse_scores import lighthouse_figures
from bench.plain_material import write_plain_site

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MENTORING_TODAY": "2026-11-24"}


def run_measured(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Run command; return (wall seconds, peak resident memory in MiB) of that process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed ({process.returncode}):\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def interleaved(commands: list[tuple[str, list[str], Path | None]], runs: int) -> list[tuple[float, float]]:
    """Run each command `runs` times, taking turns so that a noisy moment hits all of them alike;
    return each one's (median seconds, highest peak MiB)."""
    results: list[list[tuple[float, float]]] = [[] for _ in commands]
    for run in range(runs):
        for samples, (_, command, cwd) in zip(results, commands):
            samples.append(run_measured(command, cwd))
        log(f"  run {run + 1} of {runs}: " + ", ".join(f"{label} {samples[-1][0]:.2f} s" for samples, (label, _, _) in zip(results, commands)))
    return [(statistics.median(r[0] for r in samples), max(r[1] for r in samples)) for samples in results]


def generate(size: int, where: Path) -> Path:
    out = where / f"org-{size}"
    if not out.exists():
        log(f"generating {size} mentors")
        subprocess.run([str(BIN / "mentoring"), "generate", "--mentors", str(size), "--programs", "10", "--seed", "1", "--out", str(out)],
                       check=True, env=ENV, stdout=subprocess.DEVNULL)
    return out


def bench_validate(org: Path, runs: int) -> Figure:
    cards = sorted(str(p) for p in (org / "content" / "mentors").glob("*.yml"))
    schema = str(PROJECT / "schemas" / "mentor.schema.json")
    (ours, _), (anchor, _) = interleaved([
        ("ours", [str(BIN / "mentoring"), "validate", str(org)], None),
        ("check-jsonschema", [str(BIN / "check-jsonschema"), "--schemafile", schema, *cards], None),
    ], runs)
    return Figure(f"validate {len(cards)} cards", ours, anchor, "s", "ratio <= 0.125 (8x faster than check-jsonschema)", ours / anchor <= 0.125)


def bench_build(org: Path, plain_root: Path, runs: int) -> tuple[float, float, float, float, Path]:
    """Return (our seconds, our MiB, plain seconds, plain MiB, our site dir)."""
    site = org / "site"
    config = write_plain_site(org, plain_root)
    (ours, our_mem), (plain, plain_mem) = interleaved([
        ("ours", [str(BIN / "mkdocs"), "build", "--strict", "--config-file", str(org / "mkdocs.yml"), "--site-dir", str(site)], org),
        ("plain Material", [str(BIN / "mkdocs"), "build", "--config-file", str(config)], plain_root),
    ], runs)
    return ours, our_mem, plain, plain_mem, site


def build_phases(cwd: Path, config: Path, site_dir: Path, profile: bool = False) -> dict:
    """Return the seconds per phase of one build (or, with profile, the page phase's time by where the code lives)."""
    command = [sys.executable, str(PROJECT / "bench" / "phases.py"), str(config), str(site_dir)] + (["--profile"] if profile else [])
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0)
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB RAM, Python {platform.python_version()}, {platform.platform()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=PROJECT / "BENCHMARKS.md")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run: check the harness only")
    args = parser.parse_args(argv)
    small, middle, large = (20, 40, 60) if args.smoke else (1000, 5000, 10_000)
    runs = 1 if args.smoke else args.runs
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="mentoring-bench-") as tmp:
        where = Path(tmp)
        log(f"validate {large} cards, {runs} run(s) each")
        figures.append(bench_validate(generate(large, where), runs))
        builds = {}
        for size in (0, small, large):
            log(f"build {size} mentors, ours and plain Material, {runs} run(s) each")
            builds[size] = bench_build(generate(size, where), where / f"plain-{size}", runs)
        ours_l, mem_l, plain_l, plain_mem_l, site_l = builds[large]
        ours_s, _, plain_s, _, _ = builds[small]
        ours_0 = builds[0][0]
        figures.append(Figure(f"build {small} mentors", ours_s, plain_s, "s", "(reference)", True))
        figures.append(Figure(f"build {large} mentors", ours_l, plain_l, "s", "ratio <= 0.6", ours_l / plain_l <= 0.6))
        # Marginal cost per mentor: the build of an empty organisation (start-up, theme, guides) is taken off.
        per_small, per_large = (ours_s - ours_0) / small, (ours_l - ours_0) / large
        figures.append(Figure(f"per-mentor build cost at {large} vs {small} (start-up of {ours_0:.2f} s taken off)", per_large * 1000, per_small * 1000, "ms", "within 15% (ratio <= 1.15)", per_large / per_small <= 1.15))
        directory = len(gzip.compress((site_l / "mentors" / "index.html").read_bytes())) / 1024
        figures.append(Figure(f"/mentors/ gzipped, {large} mentors", directory, None, "KB", "<= 40 KB (one page of cards)", directory <= 40))
        figures.append(Figure(f"peak memory, build of {large}", mem_l, plain_mem_l, "MiB", "ratio <= 1.2", mem_l / plain_mem_l <= 1.2))
        log(f"build {middle} mentors once, ours and plain, for the browser")
        builds[middle] = bench_build(generate(middle, where), where / f"plain-{middle}", 1)
        sites = {size: (builds[size][4], where / f"plain-{size}" / "site") for size in (small, middle, large)}
        log(f"browser timings: filters and match helper at {large} (the site search: bench/search.py)")
        figures += browser_figures(sites[large][0], large)
        log("Lighthouse, mobile emulation, served compressed")
        if args.smoke:
            figures += lighthouse_figures({middle: sites[middle]}, pages=("mentors/",), runs=1)
        else:
            figures += lighthouse_figures(sites)
        log(f"where the time goes: phases of one build of {large}, ours and plain; a profile of ours at {small}")
        org_large, plain_large, org_small = generate(large, where), where / f"plain-{large}", generate(small, where)
        phases = {
            "ours": build_phases(org_large, org_large / "mkdocs.yml", where / "phases-ours"),
            "plain": build_phases(plain_large, plain_large / "mkdocs.yml", where / "phases-plain"),
        }
        profile = build_phases(org_small, org_small / "mkdocs.yml", where / "profile-ours", profile=True)
    write_report(args.out, figures, runs, args.smoke, phases, profile, (small, large))
    for figure in figures:
        print(f"{figure.name}: {figure.ours:.3f} {figure.unit} (anchor {figure.anchor if figure.anchor is None else round(figure.anchor, 3)}, {figure.ratio}) {'met' if figure.met else 'MISSED'}")
    return 0


FIGURES_START, FIGURES_END = "<!-- figures: written by bench/run.py -->", "<!-- end of figures -->"


def write_report(out: Path, figures: list[Figure], runs: int, smoke: bool, phases: dict, profile: dict, sizes: tuple[int, int]) -> None:
    """Write the figures into out between the markers, keeping whatever else the file says (the analysis)."""
    rows = "\n".join(
        f"| {f.name} | {f.ours:.3f} {f.unit} | {'' if f.anchor is None else f'{f.anchor:.3f} {f.unit}'} | {f.ratio} | {f.target} | {'yes' if f.met else '**no**'} |"
        for f in figures
    )
    phase_rows = "\n".join(
        f"| {phase} | {seconds:.2f} s | {phases['plain'].get(phase, 0):.2f} s |" for phase, seconds in phases["ours"].items()
    )
    profile_rows = "\n".join(f"| {place} | {share:.0%} |" for place, share in profile.items())
    figures_text = (
        f"{FIGURES_START}\n{'Smoke run (tiny sizes): the figures say nothing about speed.' if smoke else ''}\n\n"
        f"Machine: {machine()}.  \nEach time is the median of {runs} run(s), ours and the anchor's taking turns "
        f"in the same session on the same organisation.\n"
        "Anchors: check-jsonschema for validation; plain mkdocs-material building the same cards as hand-written "
        "Markdown pages (out of the sidebar) for builds and search.\n\n"
        "| Figure | Ours | Anchor | Ratio | Target | Met |\n|---|---|---|---|---|---|\n"
        f"{rows}\n\n"
        f"Where the time goes in one build of {sizes[1]} mentors (phases as MkDocs runs them):\n\n"
        "| Phase | Ours | Plain Material |\n|---|---|---|\n"
        f"{phase_rows}\n\n"
        f"Our page phase at {sizes[0]} mentors by where the code runs (cProfile, own time):\n\n"
        "| Code | Share |\n|---|---|\n"
        f"{profile_rows}\n{FIGURES_END}"
    )
    previous = out.read_text(encoding="utf-8") if out.exists() else ""
    if FIGURES_START in previous and FIGURES_END in previous:
        before, rest = previous.split(FIGURES_START, 1)
        text = before + figures_text + rest.split(FIGURES_END, 1)[1]
    else:
        text = f"# Benchmarks\n\n{figures_text}\n"
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
