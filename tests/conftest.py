"""pytest setup: make tests/helpers.py importable as `helpers`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


import pytest  # noqa: E402

from helpers import PROJECT  # noqa: E402
from sites import SiteServer, build_site  # noqa: E402


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    """The shipped sample organisation, built once with the real MkDocs."""
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("sample") / "site")


@pytest.fixture(scope="session")
def sample_server(sample_site):
    server = SiteServer(sample_site)
    yield server
    server.close()
