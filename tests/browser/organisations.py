"""Organisations the browser tests build and serve: the shipped sample, or one `mentoring generate` writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.browser import finder_expected as expected
from tests.support.paths import PROJECT
from tests.support.sites import SiteServer, build_site


class Org:
    """A built site, the server showing it, and its cards as finder_expected reads them."""

    def __init__(self, root: Path, site: Path):
        self.root, self.site = root, site
        self.server = SiteServer(site)
        self.url = self.server.url
        self.cards = expected.read_cards(root)
        self.words = expected.Vocabulary.read(PROJECT, root)


def generated(into: Path, mentors: int, seed: int) -> Path:
    """Write an organisation with `mentoring generate`, as a person would."""
    command = [str(Path(sys.executable).parent / "mentoring"), "generate", "--mentors", str(mentors), "--programs", "8", "--seed", str(seed), "--out", str(into)]
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return into


def built(root: Path) -> Path:
    """Build the organisation at root into root/site; return root."""
    build_site(root / "mkdocs.yml", root / "site")
    return root


def served(root: Path, already_built: bool = False):
    """Build the organisation at root (unless it is), serve it while the fixture lasts, then stop serving."""
    org = Org(root, root / "site" if already_built else build_site(root / "mkdocs.yml", root / "site"))
    yield org
    org.server.close()
