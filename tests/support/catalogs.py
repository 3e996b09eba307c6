"""Catalogues for tests that read the data without building a site."""

from __future__ import annotations

import functools
from pathlib import Path

from mentoring import load
from mentoring.data.model import Catalog
from tests.support.paths import PROJECT, TODAY
from tests.support.sites import add_hostile_corpus, copy_project


@functools.cache
def sample_catalog() -> Catalog:
    """Return the shipped sample organisation, loaded and checked once per run (tests change copies only)."""
    return checked_catalog(PROJECT)


def hostile_catalog(into: Path) -> Catalog:
    """Return the sample organisation plus the accepted hostile corpus, copied into `into`."""
    return checked_catalog(add_hostile_corpus(copy_project(into)))


def checked_catalog(root: Path) -> Catalog:
    result = load(root, TODAY)
    assert result.ok, result.problems
    return result.catalog
