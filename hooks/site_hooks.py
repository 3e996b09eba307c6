"""MkDocs hooks (run by MkDocs or ProperDocs): adapt the engine's events to the mentoring package. No logic or markup lives here."""

from __future__ import annotations

import gc
from pathlib import Path

import page_worker

# The running engine's classes, MkDocs' or ProperDocs': site_engine.py beside this file is the one place that knows.
import site_engine
from markupsafe import escape
from site_engine import File, Page, PluginError, event_priority, get_toc

from mentoring import InvalidData
from mentoring.settings import HubSettings, build_day, latest_day
from mentoring.site.build.search_index import SearchIndexError
from mentoring.site.build.site_build import STATIC_TEMPLATES, SiteBuild

_build: SiteBuild  # this build's state, made anew by on_config
_nav = None  # this build's navigation, for pages rendered in a second process
_copied_pages: list[str] = []  # this build's HTML files copied as they are, by their place in the site


def on_config(config, **kwargs):
    global _build
    try:
        hub = HubSettings.from_mapping(config.extra.get("mentoring"), config.config_file_path)
        root = Path(config.config_file_path).parent / hub.root
        _build = SiteBuild(root, hub, config.repo_url or "", build_day(), config.site_url or "", config.site_name, latest_day())
        config.theme.static_templates.update(STATIC_TEMPLATES)
        _build.refuse_linked_templates(config.theme.custom_dir)
    except InvalidData as error:
        raise PluginError(
            f"The data has {len(error.problems)} problem(s); run 'make validate' for the list:\n"
            + "\n".join(str(problem) for problem in error.problems)
        ) from None
    # The catalogue and specs live as long as the build: spare the garbage collector from going
    # through them again at every full collection, which a big build makes again and again.
    gc.freeze()
    return config


class _TemplatePage(Page):
    """A generated page made by its template alone: no source to read, no Markdown to convert."""

    def read_source(self, config):
        self.markdown, self.meta = "", {}

    def render(self, config, files):
        self.content, self.toc, self.present_anchor_ids = "", get_toc([]), set()


def on_files(files, config, **kwargs):
    global _copied_pages
    # Never publish or read a file reached through a symbolic link (validation refuses them too),
    # nor a photo no card names (deleting a card removes its photo from the site).
    folders = [config.docs_dir, config.theme.custom_dir]
    for file in [file for file in files if (file.abs_src_path and _build.is_linked(file.abs_src_path, folders))
                 or not _build.is_published(file.src_uri)]:
        files.remove(file)
    # HTML the engine copies as it is gets the policy in on_post_build.
    _copied_pages = [file.dest_path for file in files.static_pages() if _build.is_copied_page(file.dest_path)]
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
    spec = _build.spec(page.file.src_uri)
    if spec:
        # The theme prints page.meta.title and .description unescaped (in <title>, the header and the
        # search index), so they go in as escaped Markup: shown as written, never run.
        page.meta.update(template=spec.template, title=escape(spec.title), description=escape(spec.description), hide=list(spec.hide))
    return markdown


def on_page_content(html, page, config, files, **kwargs):
    spec = _build.spec(page.file.src_uri)
    return _build.page_content(spec, html) if spec else html


def on_nav(nav, config, files, **kwargs):
    global _nav
    _nav = nav
    return nav


@event_priority(-100)  # last, once every plugin has shaped the environment
def on_env(env, config, files, **kwargs):
    _build.use_environment(env)
    env.globals.update(engine_name=site_engine.NAME, engine_version=site_engine.VERSION)  # for the generator tag
    gc.freeze()  # and the engine's pages, files and navigation, made since; before the fork, so both processes share them
    page_worker.hand_over_pages(_build, config, files, _nav, env)
    return env


@event_priority(100)  # before every plugin sees the context
def on_page_context(context, page, config, nav, **kwargs):
    spec = _build.spec(page.file.src_uri)
    if spec is None:
        page.content = _build.handwritten_body(page.content or "", context)
        return context
    rendered = _build.take_page(page.file.src_uri)
    if rendered is not None:  # rendered in the second process; its HTML goes through the engine's on_post_page here
        page.content, context[page_worker.RENDERED_ELSEWHERE] = rendered
        return context
    context.update(spec.page_context(), chrome=spec.chrome)
    context[page_worker.PAGE_TEMPLATE] = spec.template  # what a shared page this process claimed renders
    page.content = _build.page_body(spec, page.content or "", context)
    return context


@event_priority(-100)  # last, once every other plugin has shaped the page
def on_post_page(output, page, config, **kwargs):
    return _build.with_policy(output)


def on_post_template(output_content, template_name, config, **kwargs):
    return _build.with_policy(output_content) if template_name.endswith(".html") else output_content


@event_priority(-100)  # last, once every page is written: the search index reads the finished site
def on_post_build(config, **kwargs):
    _build.add_policy_to_copied_pages(Path(config.site_dir), _copied_pages)
    try:
        _build.write_outputs(Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    finally:
        _finish()


def on_build_error(error, **kwargs):
    if "_build" in globals():  # absent when the data could not be loaded
        _finish()


def _finish() -> None:
    """Stop a second process still running and hand what the build kept back to the garbage collector (a served site builds again)."""
    _build.close()
    gc.unfreeze()


def on_serve(server, config, builder, **kwargs):
    for path in _build.watched_paths():
        server.watch(str(path))
    return server
