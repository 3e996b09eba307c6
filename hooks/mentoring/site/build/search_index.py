"""The site search's index: Pagefind, run over the finished site.

Pagefind reads every built page that marks its body with `data-pagefind-body` (profiles, guides,
programmes, hand-written pages) and writes a chunked index to `pagefind/`, one per page language,
Italian stemmed as Italian. The browser fetches only the chunks a query needs
(assets/javascripts/site-search.js), so a search costs about the same at 100 and 10,000 mentors.
The binary comes from the `pagefind-bin` package in the lock; nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says what it reported."""


BUNDLE = "pagefind"  # the index's folder in the site
# What Pagefind writes beside the index for its own search interfaces, which the site does not use:
# left out, so the site serves no script it does not run (CSP 'self' trusts every script file).
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


# How many word occurrences Pagefind puts in one index chunk (its default is 20,000). A query fetches
# one chunk per word, so smaller chunks are fewer bytes per search: at 10,000 mentors a name's two
# chunks fall from about 49 to about 5 KB, while the list of chunks every search loads first grows by
# about 3 KB (BENCHMARKS.md, "Site search"). Pagefind reads it from this environment variable only;
# the pinned version is the one measured.
_CHUNK_SIZE = "2000"


def write_search_index(site_dir: Path) -> None:
    """Index the built site in site_dir into site_dir/pagefind/; raise SearchIndexError when Pagefind fails."""
    import pagefind_bin  # the binary's package; imported here so the rest of the package needs it not

    bundle = Path(site_dir) / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # a served site indexes again on every rebuild
    command = [str(pagefind_bin.get_executable()), "--site", str(site_dir), "--output-subdir", BUNDLE, "--silent"]
    environment = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": _CHUNK_SIZE}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip() or f"it stopped with exit status {done.returncode}"
        raise SearchIndexError(f"Pagefind could not index the site in {site_dir}: {said}")
    for name in _UNUSED:
        (bundle / name).unlink(missing_ok=True)
    # Pagefind lists the languages in no fixed order; sorted, two builds of the same input are identical.
    entry = bundle / "pagefind-entry.json"
    entry.write_text(json.dumps(json.loads(entry.read_text(encoding="utf-8")), sort_keys=True, ensure_ascii=False,
                                separators=(",", ":")), encoding="utf-8")
