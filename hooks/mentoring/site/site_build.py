"""One build of the site: the checked catalogue, its page specs, and what the engine asks of them.

A site engine creates one SiteBuild per build and hands it pages and rendered HTML; nothing here
knows which engine that is. Rendering goes through the engine's Jinja environment. What the whole
process does around a build (the garbage collector's freeze) is the engine glue's business.
"""

from __future__ import annotations

import datetime
import os
import threading
import time
from pathlib import Path
from typing import Callable

from jinja2 import Environment

from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data.layout import GUIDES_DIR, PROGRAMS_DIR, schemas_dir
from mentoring.data.loader import Loader
from mentoring.data.problems import InvalidData
from mentoring.settings import HubSettings
from mentoring.site import csp, pages
from mentoring.site.calendar_files import ALL_PROGRAMMES
from mentoring.site.feed import FEED_PATH, feed_title
from mentoring.site.markup import clean_guide_html
from mentoring.site.outputs import site_outputs
from mentoring.site.page_spec import PageSpec, SiteSettings
from mentoring.site.search_files import split_search_index
from mentoring.site.second_process import RenderedPage, SecondProcess
from mentoring.site.shared_chrome import SharedFragments
from mentoring.site.template_filters import template_filters

# Folders whose changes must rebuild the site when it is served.
WATCHED_FOLDERS = (PROGRAMS_DIR, GUIDES_DIR, "schemas", "hooks/mentoring")
HALLMARK_COVERAGE_MARKER = "<!-- mentoring:hallmark-coverage -->"
PROGRAMME_LIST_MARKER = "<!-- mentoring:programmes type={kind} -->"
# Below this many pages to share, forking a second process costs more than it saves.
SECOND_PROCESS_MINIMUM = 50


class SiteBuild:
    """What one build knows: the catalogue, the page specs by source URI and the theme's environment."""

    def __init__(self, root: Path, hub: HubSettings, repo_url: str, today: datetime.date, site_url: str = "", site_name: str = ""):
        """Load and check the data under root; raise InvalidData listing every problem."""
        self.root = Path(root).resolve()
        self.hub = hub
        result = Loader(schemas_dir(self.root)).load(self.root, today)
        if not result.ok:
            raise InvalidData(result.problems)
        self.catalog = result.catalog
        self.site = SiteSettings(repo_url, hub.stale_after_months, today, schemas_dir(self.root), site_url, site_name or SiteSettings.site_name)
        self.specs: dict[str, PageSpec] = {spec.src_uri: spec for spec in pages.site_pages(self.catalog, self.site)}
        self.summary = pages.hub_summary(self.catalog)
        self.env: Environment | None = None
        self._policy_tags: dict[str, str] = {}  # policy -> its rendered <meta>; thousands of pages share a few
        self._second: SecondProcess | None = None

    def spec(self, src_uri: str) -> PageSpec | None:
        """Return the generated page at src_uri, or None for a hand-written page."""
        return self.specs.get(src_uri)

    def use_environment(self, env: Environment) -> None:
        """Give the theme's environment the filters and globals the templates use; render with it from now on."""
        env.filters.update(template_filters(self.catalog))
        env.globals.update(hub=self.summary, vocabulary=self.catalog.vocabulary, catalog=self.catalog,
                           feed_path=FEED_PATH, feed_title=feed_title(self.site), all_dates_path=ALL_PROGRAMMES)
        # New each build, as a served site rebuilds with a changed theme or config.
        env.globals["shared_fragment"] = SharedFragments(self.hub.shared_chrome)
        self.env, self._policy_tags = env, {}

    def share_pages(self, order: list[str], render: Callable[[str], RenderedPage]) -> list[str]:
        """Share the template-only pages of a kind (profiles, programmes) with a second process
        rendering them with `render` from the last one back, when the build is big enough, runs on
        more than one core and nothing else runs in this process (a served site has a server thread).

        `order` is every page's src_uri in the order the engine builds them; `render` returns a
        page's search text and its HTML as the template renders it, before any plugin's
        on_post_page (those run once, in the engine's process). Return the src_uris shared: the
        engine asks `take_page` for each where it would render it.
        """
        # The forked process is a copy of this one taken before `_second` is set, so it finds no
        # second process and renders the pages it is asked for instead of taking them: a build
        # shares its pages once.
        assert self._second is None, "a build shares its pages with a second process once"
        shareable = [uri for uri in order if uri in self.specs and self.specs[uri].chrome and not self.specs[uri].markdown]
        if (self.hub.page_processes < 2 or len(shareable) < SECOND_PROCESS_MINIMUM or not hasattr(os, "fork")
                or (os.cpu_count() or 1) < 2 or not _wait_until_only_thread()):
            return []
        try:
            self._second = SecondProcess(shareable, render)
        except OSError:  # no shared semaphores on this system (some sandboxes): one core it is
            return []
        return shareable

    def take_page(self, src_uri: str) -> RenderedPage | None:
        """Return the search text and HTML of a page the second process rendered, or None for a
        page this process renders (never shared, or claimed here before the second process got to it)."""
        if self._second is None or src_uri not in self._second.keys or self._second.claim(src_uri):
            return None
        return self._second.take(src_uri)

    def close(self) -> None:
        """Stop a second process still rendering (the build failed)."""
        if self._second is not None:
            self._second.close()
            self._second = None

    def page_content(self, spec: PageSpec, html: str) -> str:
        """Return a generated page's converted Markdown, cleaned when it is a guide (guides may hold raw HTML)."""
        return clean_guide_html(html) if spec.template == "guide.html" else html

    def page_body(self, spec: PageSpec, html: str, context: dict) -> str:
        """Return the page body the search index and the template see: a search partial, or guides' markers filled in."""
        if spec.search_template:
            return self.env.get_template(spec.search_template).render(context)
        if "<!-- mentoring:" in html:
            return self.expand_markers(html, context)
        return html

    def expand_markers(self, html: str, context: dict) -> str:
        """Replace guide markers such as <!-- mentoring:hallmark-coverage --> with rendered partials."""
        coverage = self.env.get_template("partials/guide-hallmark-coverage.html")
        html = html.replace(HALLMARK_COVERAGE_MARKER, coverage.render(context))
        listing = self.env.get_template("partials/guide-programme-list.html")
        for kind in FORMAT_LABELS:
            marker = PROGRAMME_LIST_MARKER.format(kind=kind)
            if marker in html:
                programs = [program for program in self.catalog.programs if program.type == kind]
                html = html.replace(marker, listing.render({**context, "programs": programs}))
        return html

    def with_policy(self, html: str) -> str:
        """Insert the page's Content-Security-Policy first in its <head>."""
        policy = csp.policy(csp.inline_script_hashes(html))
        if policy not in self._policy_tags:
            self._policy_tags[policy] = self.env.get_template("partials/csp.html").render(policy=policy)
        return html.replace("<head>", f"<head>\n{self._policy_tags[policy]}", 1)

    def write_outputs(self, site_dir: Path) -> None:
        """Write every file the site publishes beside its pages, and split the search index (search_files)."""
        self.close()
        site_dir = Path(site_dir)
        for name, content in site_outputs(self.catalog, schemas_dir(self.root), self.site):
            path = site_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as file:
                file.writelines([content] if isinstance(content, str) else content)
        split_search_index(site_dir)

    def watched_paths(self) -> list[Path]:
        """Return the data and code folders a served site rebuilds on."""
        return [self.root / folder for folder in WATCHED_FOLDERS if (self.root / folder).exists()]


def _wait_until_only_thread(wait: float = 0.5) -> bool:
    """Wait up to `wait` seconds for the process's other threads to end (such as a finished
    process pool's); return whether this is now the only thread, when forking is safe."""
    deadline = time.monotonic() + wait
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    return threading.active_count() == 1
