"""The types every page-making module shares: the site's settings and one page's specification.

A site engine (the MkDocs hooks today) creates one page per PageSpec at `src_uri`, renders it
with `template` and hands it `context`.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

from mentoring.data.layout import PROJECT_SCHEMAS
from mentoring.data.match_weights import Criterion, load_weights, weights_path
from mentoring.data.model import Mentor
from mentoring.settings import HubSettings


@dataclass(frozen=True)
class SiteSettings:
    """What pages need to know about where the site and its repository live."""

    repo_url: str = ""
    stale_after_months: int = HubSettings.stale_after_months
    today: datetime.date = field(default_factory=datetime.date.today)
    schemas_dir: Path = PROJECT_SCHEMAS  # the schemas the data was checked against
    site_url: str = ""  # where the site is published; feed ids and calendar links are absolute with it
    site_name: str = "Mentoring Hub"

    @functools.cached_property  # read once per build, for the match page and its index
    def match_criteria(self) -> tuple[Criterion, ...]:
        """Return the match helper's weights, from the weights file beside the schemas."""
        return tuple(load_weights(weights_path(self.schemas_dir)))

    def report_outdated_url(self, mentor: Mentor) -> str | None:
        """Return a pre-filled new-issue link for reporting an outdated profile."""
        if not self.repo_url:
            return None
        query = urlencode({
            "template": "outdated-profile.yml",
            "labels": "outdated-profile",
            "title": f"Outdated profile: {mentor.name}",
            "profile": mentor.id,
        })
        return f"{self.repo_url.rstrip('/')}/issues/new?{query}"

    def absolute_url(self, path: str) -> str:
        """Return the published address of a site path such as 'programs/x/', or the path itself without a site_url."""
        return f"{self.site_url.rstrip('/')}/{path}" if self.site_url else path


@dataclass
class PageSpec:
    """One page to build."""

    src_uri: str
    template: str
    title: str
    description: str
    source: str | None = None
    context: dict = field(default_factory=dict)
    # Computed when the page is rendered, for what is costly to hold for thousands of pages at once.
    context_factory: Callable[[], dict] | None = None
    markdown: str = ""
    body_template: str | None = None  # a partial that renders the page's body, which its template prints as page.content
    hide: tuple[str, ...] = ("navigation", "toc")  # theme sidebars to leave out
    # Pages of one kind that share the theme's chrome (see build/shared_chrome.py): only for template-only
    # pages outside the navigation, whose chrome cannot differ.
    chrome: str | None = None

    def page_context(self) -> dict:
        """Return everything the page's template needs."""
        return {**self.context, **self.context_factory()} if self.context_factory else self.context
