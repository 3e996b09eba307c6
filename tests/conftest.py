"""Fixtures every kind of test may use: the sample organisation, built once and served."""

import pytest

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
