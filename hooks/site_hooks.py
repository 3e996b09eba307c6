"""MkDocs hooks (run by MkDocs or ProperDocs): adapt the engine's events to the mentoring package. No logic or markup lives here."""

from __future__ import annotations

from pathlib import Path

import page_worker

# The running engine's classes, MkDocs' or ProperDocs': site_engine.py beside this file is the one place that knows.
import site_engine
from markupsafe import escape
from site_engine import File, Page, PluginError, event_priority, get_toc

from mentoring import InvalidData
from mentoring.settings import HubSettings, build_day, latest_day
from mentoring.site.build.site_build import STATIC_TEMPLATES, SiteBuild

_build: SiteBuild  # this build's state, made anew by on_config
_nav = None  # this build's navigation, for pages rendered in a second process


def on_config(config, **kwargs):
    global _build
    try:
        hub = HubSettings.from_mapping(config.extra.get("mentoring"), config.config_file_path)
        root = Path(config.config_file_path).parent / hub.root
        _build = SiteBuild(root, hub, config.repo_url or "", build_day(), config.site_url or "", config.site_name, latest_day())
        config.theme.static_templates.update(STATIC_TEMPLATES)
    except InvalidData as error:
        raise PluginError(
            f"The data has {len(error.problems)} problem(s); run 'make validate' for the list:\n"
            + "\n".join(str(problem) for problem in error.problems)
        ) from None
    return config


class _TemplatePage(Page):
    """A generated page made by its template alone: no source to read, no Markdown to convert."""

    def read_source(self, config):
        self.markdown, self.meta = "", {}

    def render(self, config, files):
        self.content, self.toc, self.present_anchor_ids = "", get_toc([]), set()


def on_files(files, config, **kwargs):
    for file in [file for file in files if not _build.is_published(file.src_uri)]:
        files.remove(file)
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
    page_worker.hand_over_pages(_build, config, files, _nav, env)
    return env


@event_priority(100)  # before the search plugin indexes page.content
def on_page_context(context, page, config, nav, **kwargs):
    spec = _build.spec(page.file.src_uri)
    if spec is None:
        page.content = _build.handwritten_body(page.content or "", context)
        return context
    text = _build.take_page(page.file.src_uri, context)  # rendered in the second process
    if text is not None:
        page.content = text
        return context
    context.update(spec.page_context(), chrome=spec.chrome)
    page.content = _build.page_body(spec, page.content or "", context)
    return context


@event_priority(-100)  # last, once every other hook has shaped the page
def on_post_page(output, page, config, **kwargs):
    return _build.finished_page(page.file.src_uri, output)


def on_post_template(output_content, template_name, config, **kwargs):
    return _build.with_policy(output_content) if template_name.endswith(".html") else output_content


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config, **kwargs):
    _build.write_outputs(Path(config.site_dir))
    _build.finish()


def on_build_error(error, **kwargs):
    if "_build" in globals():  # absent when the data could not be loaded
        _build.finish()


def on_serve(server, config, builder, **kwargs):
    for path in _build.watched_paths():
        server.watch(str(path))
    return server
