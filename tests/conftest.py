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

from tests.support.paths import PROJECT
from tests.support.sites import SiteServer, build_site, copy_project


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The shipped sample organisation, built once with the real MkDocs."""
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("sample") / "site")


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
