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
from tests.support.sites import SiteServer, build_site


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The shipped sample organisation, built once with the real MkDocs."""
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("sample") / "site")


@pytest.fixture(scope="session")
def sample_server(sample_site):
    server = SiteServer(sample_site)
    yield server
    server.close()
