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

from mentoring.data.count_words import COUNT_WORDS
from mentoring.data.enum_labels import FORMAT_LABELS
from mentoring.data import repository_files
from mentoring.data.language_names import language_names
from mentoring.data.layout import GUIDES_DIR, PROGRAMS_DIR, schemas_dir
from mentoring.data.loader import Loader
from mentoring.data.problems import InvalidData
from mentoring.data.visibility import visibility_words
from mentoring.settings import HubSettings
from mentoring.site.build import csp
from mentoring.site.pages import site_pages as pages
from mentoring.site.outputs.calendar_files import ALL_PROGRAMMES
from mentoring.site.outputs.feed import FEED_PATH, feed_title
from mentoring.site.outputs.json_text import compact_json
from mentoring.site.markup import clean_guide_html
from mentoring.site.outputs.published_files import site_outputs
from mentoring.site.pages.directory import CARD_TAGS
from mentoring.site.pages.page_spec import PageSpec, SiteSettings
from mentoring.site.build.search_index import write_search_index
from mentoring.site.build.second_process import RenderedPage, SecondProcess
from mentoring.site.build.shared_chrome import SharedFragments
from mentoring.site.template_filters import template_filters

# Folders whose changes must rebuild the site when it is served.
WATCHED_FOLDERS = (PROGRAMS_DIR, GUIDES_DIR, "schemas", "hooks/mentoring")
HALLMARK_COVERAGE_MARKER = "<!-- mentoring:hallmark-coverage -->"
PROGRAMME_LIST_MARKER = "<!-- mentoring:programmes type={kind} -->"
CARD_VISIBILITY_MARKER = "<!-- mentoring:card-visibility -->"  # who sees a card (the visibility setting)
# Templates the engine renders to files of the same name beside the pages, with the theme's own
# (sitemap.xml, 404.html): they see the same globals as the pages.
STATIC_TEMPLATES = ("robots.txt",)
# Where photos are published, relative to the docs folder: only those a card names.
PHOTOS_URI = "mentors/photos"
# Below this many pages to share, forking a second process costs more than it saves.
SECOND_PROCESS_MINIMUM = 50


class SiteBuild:
    """What one build knows: the catalogue, the page specs by source URI and the theme's environment."""

    def __init__(self, root: Path, hub: HubSettings, repo_url: str, today: datetime.date, site_url: str = "",
                 site_name: str = "", latest: datetime.date | None = None):
        """Load and check the data under root; raise InvalidData listing every problem.

        `today` is the day pages show and count from; `latest` the latest date a file may give (today by default).
        """
        self.root = Path(root).resolve()
        self.hub = hub
        result = Loader(schemas_dir(self.root), hub.email_domains).load(self.root, latest or today)
        if not result.ok:
            raise InvalidData(result.problems)
        self.catalog = result.catalog
        self.site = SiteSettings(repo_url, hub.stale_after_months, today, schemas_dir(self.root), site_url, site_name or SiteSettings.site_name)
        self.specs: dict[str, PageSpec] = {spec.src_uri: spec for spec in pages.site_pages(self.catalog, self.site)}
        self.summary = pages.hub_summary(self.catalog)
        self._photos = {mentor.photo for mentor in self.catalog.mentors if mentor.photo}
        self.env: Environment | None = None
        self._policy_tag = ""  # the rendered <meta>, the same on every page
        self._second: SecondProcess | None = None

    def spec(self, src_uri: str) -> PageSpec | None:
        """Return the generated page at src_uri, or None for a hand-written page."""
        return self.specs.get(src_uri)

    def is_published(self, src_uri: str) -> bool:
        """Return False for a photo no card names (its card was deleted): a removed card leaves no trace."""
        folder, _, name = src_uri.rpartition("/")
        return folder != PHOTOS_URI or name in self._photos

    def use_environment(self, env: Environment) -> None:
        """Give the theme's environment the filters and globals the templates use; render with it from now on."""
        env.filters.update(template_filters(self.catalog, self.site.today, language_names(schemas_dir(self.root))))
        env.globals.update(hub=self.summary, vocabulary=self.catalog.vocabulary, catalog=self.catalog,
                           feed_path=FEED_PATH, feed_title=feed_title(self.site), all_dates_path=ALL_PROGRAMMES,
                           card_tags=CARD_TAGS, visibility=visibility_words(self.hub.visibility),
                           count_words_json=compact_json(COUNT_WORDS))  # for hub-counts.js (partials/count-words.html)
        # New each build, as a served site rebuilds with a changed theme or config.
        env.globals["shared_fragment"] = SharedFragments(self.hub.shared_chrome)
        self.env = env
        self._policy_tag = env.get_template("partials/csp.html").render(policy=csp.POLICY)

    def share_pages(self, order: list[str], render: Callable[[str], RenderedPage]) -> list[str]:
        """Share the template-only pages of a kind (profiles, programmes) with a second process
        rendering them with `render` from the last one back, when the build is big enough, runs on
        more than one core and nothing else runs in this process (a served site has a server thread).

        `order` is every page's src_uri in the order the engine builds them; `render` returns a
        page's body (page.content) and its HTML as the template renders it, before any plugin's
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
        """Return the body and HTML of a page the second process rendered, or None for a
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
        """Return the page body the template prints: its body partial, or guides' markers filled in."""
        if spec.body_template:
            return self.env.get_template(spec.body_template).render(context)
        if "<!-- mentoring:" in html:
            return self.expand_markers(html, context)
        return html

    def handwritten_body(self, html: str, context: dict) -> str:
        """Return a hand-written page's body with its markers, such as who sees a card, filled in."""
        return self.expand_markers(html, context) if "<!-- mentoring:" in html else html

    def expand_markers(self, html: str, context: dict) -> str:
        """Replace markers such as <!-- mentoring:hallmark-coverage --> with rendered partials."""
        if CARD_VISIBILITY_MARKER in html:
            html = html.replace(CARD_VISIBILITY_MARKER, self.env.get_template("partials/card-visibility.html").render(context))
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
        """Insert the Content-Security-Policy first in a rendered page's <head>."""
        return html.replace("<head>", f"<head>\n{self._policy_tag}", 1)

    @staticmethod
    def refuse_linked_templates(folder: str | None) -> None:
        """Raise InvalidData naming each symbolic link in the theme's own templates folder: the
        theme reads templates itself, so no list of files can leave one out."""
        problems = repository_files.link_problems(Path(folder)) if folder else []
        if problems:
            raise InvalidData(problems)

    @staticmethod
    def is_linked(path: str, folders: list[str | None]) -> bool:
        """Return whether a file the engine found is reached through a symbolic link inside one of
        the folders (the docs folder, the theme's custom folder): such a file is never read or published."""
        return any(folder and repository_files.is_linked(path, folder) for folder in folders)

    @staticmethod
    def is_copied_page(dest_path: str) -> bool:
        """Return whether a file the engine copies as it is is a page a browser would open."""
        return csp.is_copied_page(dest_path)

    def add_policy_to_copied_pages(self, site_dir: Path, dest_paths: list[str]) -> None:
        """Put the policy into HTML files the engine copied as they were (from content/assets/):
        right after the doctype, before anything a browser could run."""
        for dest_path in dest_paths:
            path = Path(site_dir) / dest_path
            html = path.read_text(encoding="utf-8", errors="replace")
            doctype = csp.LEADING_DOCTYPE.match(html)
            at = doctype.end() if doctype else 0
            path.write_text(f"{html[:at]}{self._policy_tag}{html[at:]}", encoding="utf-8")

    def write_outputs(self, site_dir: Path) -> None:
        """Write every file the site publishes beside its pages, then the search index over the finished site (search_index)."""
        self.close()
        site_dir = Path(site_dir)
        for name, content in site_outputs(self.catalog, schemas_dir(self.root), self.site, root=self.root):
            path = site_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as file:
                file.writelines([content] if isinstance(content, str) else content)
        write_search_index(site_dir)

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
