"""Fixtures every kind of test may use: the sample organisation, built once and served.

Property-based tests draw the same examples on every run of `make test`, so a verdict never
depends on luck; `make test-all` (HYPOTHESIS_PROFILE=explore) draws new ones each time.
"""

import os

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from tests.support.built_once import built_once
from tests.support.paths import PROJECT
from tests.support.sites import SiteServer, build_site, copy_project


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The shipped sample organisation, built once for the whole run with the real MkDocs."""
    return built_once(tmp_path_factory, "sample", lambda folder: build_site(PROJECT / "mkdocs.yml", folder / "site"))


@pytest.fixture(scope="session")
def sample_server(sample_site):
    server = SiteServer(sample_site)
    yield server
    server.close()


ONE_MENTOR = "aisha-rahman"  # accepting, with free places


@pytest.fixture(scope="session")
def one_mentor_site(tmp_path_factory):
    """The sample organisation with only one mentor card left: every count of mentors is 1."""
    root = copy_project(tmp_path_factory.mktemp("one-mentor"))
    for card in (root / "content" / "mentors").glob("*.yml"):
        if card.stem != ONE_MENTOR:
            card.unlink()
    return build_site(root / "mkdocs.yml", root / "site")


def pytest_collection_modifyitems(items):
    """Put the files marked `early` first: pytest-xdist hands files out in this order, so the longest
    start at once and the short ones fill the gaps, instead of one long file running alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("early") is None)
