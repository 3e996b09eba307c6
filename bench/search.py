"""The site search's benchmark (`make bench-search`, and part of `make bench`): at 5,000 and 10,000
mentors, served gzip-compressed to desktop Chromium at 1280 px.

- time to a visible result: a mentor's full name typed into the header search right after the
  page's load event, until a result with that name is drawn (median of three names);
- bytes fetched by the home page plus that one query (scripts, styles, pages and index; no fonts
  or images), as sent over the wire;
- build time the index adds (Pagefind over the finished site);
- the anchor, measured in the same run: plain mkdocs-material's lunr search on the same cards
  (its index built in the browser from search_index.json), and lunr's index prebuilt in Python
  (the `lunr` package), whose serialized size a browser would have to fetch before a first result.

    python -m bench.search [--sizes 5000 10000] [--out BENCHMARKS.md] [--lighthouse] [--smoke]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.browser import launch
from bench.figures import Figure, log
from bench.lighthouse_scores import lighthouse_figures
from bench.plain_material import write_plain_site
from bench.run import BIN, ENV, PROJECT, generate, machine
from mentoring.site.build.search_index import write_search_index
from tools.static_server import SiteServer

SEARCH_START, SEARCH_END = "<!-- search: written by bench/search.py -->", "<!-- end of search -->"
NAMES = 3  # names searched; the median is reported
OURS = ("#hub-search-input", ".hub-search-result__item")
MATERIAL = (".md-search__input", ".md-search-result__item")
NOT_COUNTED = ("font", "image", "media")


def names_of(org: Path, count: int) -> list[str]:
    """Return the full names of `count` mentors spread over the organisation."""
    import yaml

    cards = sorted((org / "content" / "mentors").glob("*.yml"))
    step = max(1, len(cards) // count)
    return [yaml.safe_load(card.read_text(encoding="utf-8"))["name"] for card in cards[::step][:count]]


def search_visit(browser, url: str, name: str, box: tuple[str, str]) -> tuple[float, int]:
    """Open url, type name into the header search right after load; return (seconds from the load
    event to a visible result naming it, bytes the page fetched by then, fonts and images left out)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request))
    try:
        page.goto(url, wait_until="load")
        loaded = page.evaluate("performance.now()")
        if box == MATERIAL:
            page.locator("label.md-search__icon, .md-search__input").first.click()
        else:
            page.locator(box[0]).click()
        page.keyboard.type(name)
        page.locator(box[1], has_text=name).first.wait_for(state="visible", timeout=60_000)
        seconds = (page.evaluate("performance.now()") - loaded) / 1000
        page.wait_for_timeout(200)  # let the query's last fetches finish
        counted = [request for request in fetched if request.resource_type not in NOT_COUNTED]
        return seconds, sum(request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"] for request in counted)
    finally:
        page.close()


def first_results(browser, site: Path, names: list[str], box: tuple[str, str]) -> tuple[float, float]:
    """Return the median (seconds to a visible result, KB fetched) over names."""
    server = SiteServer(site, compress=True)
    try:
        samples = [search_visit(browser, server.url, name, box) for name in names]
    finally:
        server.close()
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples) / 1024


def prebuilt_lunr(plain_site: Path) -> tuple[float, float]:
    """Return (seconds to build, gzipped KB) of a lunr index prebuilt in Python from Material's documents."""
    from lunr import lunr

    documents = json.loads((plain_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for number, document in enumerate(documents):
        document["id"] = str(number)
    started = time.perf_counter()
    index = lunr(ref="id", fields=("title", "text"), documents=documents)
    seconds = time.perf_counter() - started
    serialized = json.dumps(index.serialize(), separators=(",", ":")).encode()
    return seconds, len(gzip.compress(serialized)) / 1024


def indexing_seconds(site: Path) -> float:
    """Return the seconds Pagefind takes to index the built site (what the index adds to a build)."""
    started = time.perf_counter()
    write_search_index(site)
    return time.perf_counter() - started


def search_figures(size: int, where: Path, browser) -> tuple[list[Figure], Path, Path]:
    """Return the search figures at one organisation size, ours and the anchors', with our site and plain Material's."""
    org = generate(size, where)
    log(f"build {size} mentors, ours and plain Material")
    site = org / "site"
    started = time.perf_counter()
    subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--config-file", str(org / "mkdocs.yml"), "--site-dir", str(site)],
                   check=True, env=ENV, cwd=org)
    build = time.perf_counter() - started
    plain_root = where / f"plain-{size}"
    config = write_plain_site(org, plain_root)
    subprocess.run([str(BIN / "mkdocs"), "build", "--quiet", "--config-file", str(config)], check=True, env=ENV, cwd=plain_root)
    plain_site = plain_root / "site"
    index = indexing_seconds(site)
    names = names_of(org, NAMES)
    log(f"search {size} mentors in Chromium: {', '.join(names)}")
    ours_time, ours_kb = first_results(browser, site, names, OURS)
    plain_time, plain_kb = first_results(browser, plain_site, names, MATERIAL)
    lunr_seconds, lunr_kb = prebuilt_lunr(plain_site)
    bundle = sum(path.stat().st_size for path in (site / "pagefind").rglob("*") if path.is_file()) / 1024 / 1024
    return [
        Figure(f"search: first result for a full name after load, {size} mentors", ours_time, plain_time, "s", "<= 0.5 s", ours_time <= 0.5),
        Figure(f"search: KB fetched by the home page plus one query, {size} mentors", ours_kb, plain_kb, "KB", "<= 250 KB", ours_kb <= 250),
        Figure(f"search: prebuilt lunr index a browser would fetch first (gzipped), {size} mentors", lunr_kb, plain_kb, "KB",
               "(anchor: lunr prebuilt, against Material's whole page)", True),
        Figure(f"search: build time the index adds, {size} mentors (of a {build:.1f} s build)", index, lunr_seconds, "s",
               "(anchor: building the lunr index in Python)", True),
        Figure(f"search: Pagefind bundle on disk, {size} mentors (fetched per query in chunks)", bundle, None, "MiB", "(reference)", True),
    ], site, plain_site


def write_section(out: Path, figures: list[Figure]) -> None:
    """Write the search table between its markers in out (added at the end the first time)."""
    lines = [SEARCH_START, "", "## Site search", "",
             f"Machine: {machine()}.  ",
             "Served gzip-compressed, desktop Chromium at 1280 px, the median of 3 names typed right after the load event. "
             "Anchor: plain mkdocs-material (lunr, index built in the browser) on the same cards, built in the same run; "
             "the prebuilt-lunr rows compare lunr's index serialized at build time (the `lunr` package).", "",
             "| Figure | Ours | Anchor | Ratio | Target | Met |", "|---|---|---|---|---|---|"]
    for figure in figures:
        anchor = "" if figure.anchor is None else f"{figure.anchor:.3f} {figure.unit}"
        lines.append(f"| {figure.name} | {figure.ours:.3f} {figure.unit} | {anchor} | {figure.ratio} | {figure.target} | {'yes' if figure.met else '**no**'} |")
    lines += ["", SEARCH_END]
    text = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    if SEARCH_START in text:
        before, rest = text.split(SEARCH_START, 1)
        text = before + "\n".join(lines) + rest.split(SEARCH_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    out.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10_000])
    parser.add_argument("--out", type=Path, default=PROJECT / "BENCHMARKS.md")
    parser.add_argument("--smoke", action="store_true", help="one tiny organisation: check the harness only")
    parser.add_argument("--lighthouse", action="store_true", help="also Lighthouse on the home page, a profile and /mentors/ at the largest size")
    args = parser.parse_args(argv)
    sizes = [40] if args.smoke else args.sizes
    from playwright.sync_api import sync_playwright

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="mentoring-bench-search-") as tmp, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for size in sizes:
                found, site, plain_site = search_figures(size, Path(tmp), browser)
                figures += found
        finally:
            browser.close()
        if args.lighthouse:
            log(f"Lighthouse at {sizes[-1]} mentors: the home page, a profile and /mentors/, served compressed")
            figures += lighthouse_figures({sizes[-1]: (site, plain_site)}, pages=("", "profile", "mentors/"), runs=1)
    write_section(args.out, figures)
    for figure in figures:
        print(f"{figure.name}: {figure.ours:.3f} {figure.unit} (anchor {figure.anchor if figure.anchor is None else round(figure.anchor, 3)}) {'met' if figure.met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
