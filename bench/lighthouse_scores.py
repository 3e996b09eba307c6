"""Lighthouse for `make bench`: our directory, a profile and the match helper in mobile emulation
(slow 4G, 4x CPU slowdown), served gzip-compressed, against plain Material's pages of the same
organisation: its list of every mentor (for /mentors/) and one of its mentor pages (for the rest).
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from pathlib import Path

from bench.figures import Figure, log
from tools import lighthouse
from tools.static_server import SiteServer

PERFORMANCE, BLOCKING, DOM_ELEMENTS = 0.95, 200, 1500  # the targets
RUNS = 3  # per page, by default; the median of each figure is reported
TITLES = {"performance": "performance", "blocking": "total blocking time", "accessibility": "accessibility", "dom": "DOM elements"}
MISSING = dict.fromkeys(TITLES, float("nan"))  # a page Lighthouse gave up on: shown as nan, never met


def measure_once(cli: Path, site: Path, path: str, out: Path) -> dict | None:
    """Return performance, accessibility, total blocking time (ms) and DOM elements of one page,
    or None when Lighthouse gave up on it (a page too heavy for it on a busy machine)."""
    server = SiteServer(site, compress=True)
    try:
        report = lighthouse.run_lighthouse(cli, server.url + path, "light", out / lighthouse.report_name(path, "light"))
    except RuntimeError as error:
        log(f"Lighthouse gave up on {path or '/'} of {site}: {str(error).strip().splitlines()[-1]}")
        return None
    finally:
        server.close()
    audits = report["audits"]
    return {
        "performance": report["categories"]["performance"]["score"] or 0.0,
        "accessibility": report["categories"]["accessibility"]["score"] or 0.0,
        "blocking": audits["total-blocking-time"]["numericValue"],
        "dom": audits["dom-size"]["numericValue"],
    }


def measure(cli: Path, site: Path, path: str, out: Path, runs: int) -> dict | None:
    """Return the median of each figure over `runs` Lighthouse runs of one page (Lighthouse's own
    advice against its variance), or None when it gave up on every run."""
    done = [run for run in (measure_once(cli, site, path, out) for _ in range(runs)) if run]
    return {key: statistics.median(run[key] for run in done) for key in TITLES} if done else None


def first_profile(site: Path) -> str:
    """Return the address of the directory's first profile."""
    ids = json.loads((site / "mentors" / "filter-index.json").read_text(encoding="utf-8"))["ids"]
    return f"mentors/{ids[0]}/"


def lighthouse_figures(sites: dict[int, tuple[Path, Path]], pages: tuple[str, ...] = ("mentors/", "profile", "match/"), runs: int = RUNS) -> list[Figure]:
    """Return Lighthouse figures per size for each of our pages against plain Material's.

    `sites` maps a number of mentors to (our site, plain Material's site). Needs Node.js; returns
    nothing without it.
    """
    if shutil.which("node") is None:
        log("Node.js is missing: Lighthouse figures left out")
        return []
    cli = lighthouse.lighthouse_cli()
    figures = []
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        out = Path(tmp)
        for size, (ours_site, plain_site) in sites.items():
            plain_list = measure(cli, plain_site, "", out, runs)
            plain_page = measure(cli, plain_site, first_profile(ours_site), out, runs)  # the same mentor's page
            for page in pages:
                path = first_profile(ours_site) if page == "profile" else page
                label = "a profile" if page == "profile" else f"/{page}"
                log(f"Lighthouse {label} at {size} mentors")
                ours = measure(cli, ours_site, path, out, runs) or MISSING
                anchor = (plain_list if page == "mentors/" else plain_page) or MISSING
                name = f"Lighthouse {label}, {size} mentors"
                measured = [("performance", "", f">= {PERFORMANCE}", lambda v: v >= PERFORMANCE),
                            ("blocking", "ms", f"<= {BLOCKING} ms", lambda v: v <= BLOCKING),
                            ("accessibility", "", "1.00", lambda v: v >= 1.0)]
                if page == "mentors/":
                    measured.append(("dom", "", f"<= {DOM_ELEMENTS}", lambda v: v <= DOM_ELEMENTS))
                figures += [Figure(f"{name}: {TITLES[key]}", ours[key], anchor[key], unit, target, met(ours[key]))
                            for key, unit, target, met in measured]
    return figures
