"""MkDocs hooks: adapt MkDocs events to the mentoring package. No logic or markup lives here."""

from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from mentoring import InvalidData, Loader, csp, display, markup, pages
from mentoring.filters import template_filters
from mentoring.fragments import SharedFragments
from mentoring.layout import GUIDES_DIR, PROGRAMS_DIR, schemas_dir
from mentoring.outputs import site_outputs

log = logging.getLogger(f"mkdocs.hooks.{__name__}")


class _Build:
    """What one build knows: the catalogue, the page specs by source URI, the theme's environment."""

    root: Path
    catalog = None
    specs: dict = {}
    site = None  # the pages.SiteSettings of this build
    env = None
    summary: dict = {}
    policy_tags: dict = {}  # policy text -> its rendered <meta>; thousands of pages share a few policies


_build = _Build()


def on_config(config, **kwargs):
    settings = config.extra.get("mentoring", {})
    root = Path(config.config_file_path).parent / settings.get("root", ".")
    _build.root = root.resolve()
    today = datetime.date.fromisoformat(os.environ["MENTORING_TODAY"]) if "MENTORING_TODAY" in os.environ else datetime.date.today()
    result = Loader(schemas_dir(_build.root)).load(_build.root, today)
    if not result.ok:
        raise PluginError(
            f"The data has {len(result.problems)} problem(s); run 'make validate' for the list:\n"
            + "\n".join(str(problem) for problem in result.problems)
        )
    _build.catalog = result.catalog
    site = pages.SiteSettings(config.repo_url or "", int(settings.get("stale_after_months", 12)), today, schemas_dir(_build.root))
    _build.site = site
    try:
        _build.specs = {spec.src_uri: spec for spec in pages.site_pages(result.catalog, site)}
    except InvalidData as error:  # a data file pages read, such as schemas/match-weights.yml
        raise PluginError(str(error)) from None
    _build.summary = pages.hub_summary(result.catalog)
    return config


class _TemplatePage(Page):
    """A generated page made by its template alone: no source to read, no Markdown to convert."""

    def read_source(self, config):
        self.markdown, self.meta = "", {}

    def render(self, config, files):
        self.content, self.toc, self.present_anchor_ids = "", get_toc([]), set()


def on_files(files, config, **kwargs):
    for spec in _build.specs.values():
        # An empty front matter first, so MkDocs never takes a leading "Key: value" line for page fields.
        file = File.generated(config, spec.src_uri, content="---\n{}\n---\n" + spec.markdown)
        # edit_uri is relative to the docs folder (content/); data files live beside it.
        file.edit_uri = f"../{spec.source}" if spec.source else None
        files.append(file)
        if not spec.markdown:
            _TemplatePage(spec.title, file, config)  # becomes file.page, which MkDocs then builds
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    spec = _build.specs.get(page.file.src_uri)
    if spec:
        # The theme prints page.meta.title and .description unescaped (in <title>, the header and the
        # search index), so they go in as escaped Markup: shown as written, never run.
        page.meta.update(template=spec.template, title=escape(spec.title), description=escape(spec.description), hide=list(spec.hide))
    return markdown


def on_page_content(html, page, config, files, **kwargs):
    spec = _build.specs.get(page.file.src_uri)
    # Guides may hold raw HTML; clean it before the search index or the markers see it.
    return markup.clean_guide_html(html) if spec and spec.template == "guide.html" else html


def on_env(env, config, files, **kwargs):
    env.filters.update(template_filters(_build.catalog))
    env.globals.update(hub=_build.summary, vocabulary=_build.catalog.vocabulary, catalog=_build.catalog)
    # New each build, as `mkdocs serve` rebuilds with a changed theme or config.
    env.globals["shared_fragment"] = SharedFragments(config.extra.get("mentoring", {}).get("shared_chrome", True))
    _build.env, _build.policy_tags = env, {}
    return env


@event_priority(100)  # before the search plugin indexes page.content
def on_page_context(context, page, config, nav, **kwargs):
    spec = _build.specs.get(page.file.src_uri)
    if spec is None:
        return context
    context.update(spec.page_context(), chrome=spec.chrome)
    if spec.search_template:
        page.content = _build.env.get_template(spec.search_template).render(context)
    elif "<!-- mentoring:" in (page.content or ""):
        page.content = _expand_markers(page.content, context)
    return context


def _expand_markers(html: str, context: dict) -> str:
    """Replace guide markers such as <!-- mentoring:hallmark-coverage --> with rendered partials."""
    catalog = _build.catalog
    coverage = _build.env.get_template("partials/guide-hallmark-coverage.html")
    html = html.replace("<!-- mentoring:hallmark-coverage -->", coverage.render(context))
    listing = _build.env.get_template("partials/guide-programme-list.html")
    for kind in display.FORMAT_LABELS:
        marker = f"<!-- mentoring:programmes type={kind} -->"
        if marker in html:
            programs = [program for program in catalog.programs if program.type == kind]
            html = html.replace(marker, listing.render({**context, "programs": programs}))
    return html


@event_priority(-100)  # last, once every other hook has shaped the page
def on_post_page(output, page, config, **kwargs):
    return _with_policy(output)


def on_post_template(output_content, template_name, config, **kwargs):
    return _with_policy(output_content) if template_name.endswith(".html") else output_content


def _with_policy(html: str) -> str:
    """Insert the page's Content-Security-Policy first in its <head>."""
    policy = csp.policy(csp.inline_script_hashes(html))
    if policy not in _build.policy_tags:
        _build.policy_tags[policy] = _build.env.get_template("partials/csp.html").render(policy=policy)
    return html.replace("<head>", f"<head>\n{_build.policy_tags[policy]}", 1)


@event_priority(-100)  # after the search plugin has written search/search_index.json
def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    for name, content in site_outputs(_build.catalog, schemas_dir(_build.root), _build.site):
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as file:
            file.writelines([content] if isinstance(content, str) else content)
    # Opened from disk (file://), the theme reads the search index as a script instead of fetching JSON.
    index = site / "search" / "search_index.json"
    if index.exists():
        index.with_suffix(".js").write_text("var __index = " + index.read_text(encoding="utf-8"), encoding="utf-8")


def on_serve(server, config, builder, **kwargs):
    for folder in (PROGRAMS_DIR, GUIDES_DIR, "schemas", "hooks/mentoring"):
        path = _build.root / folder
        if path.exists():
            server.watch(str(path))
    return server
