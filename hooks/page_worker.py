"""Engine glue for rendering generated pages in a second process (mentoring.site.build.second_process).

`render_page` does for one page what MkDocs' own page loop does (mkdocs.commands.build._build_page
in MkDocs 1.6), short of writing the file. Pages shared get a template that renders nothing in
the build's own process: their HTML comes back from the second one, or is rendered in on_post_page
(SiteBuild.finished_page) when the build's own process claims them.
"""

from __future__ import annotations

import logging

# The running engine's, MkDocs' or ProperDocs' (see site_engine.py).
from site_engine import InclusionLevel, get_context

# Renders nothing: the page's HTML comes from the second process (see site_hooks.on_post_page).
PLACEHOLDER = "rendered-elsewhere.html"
log = logging.getLogger("mkdocs.hooks.page_worker")


def hand_over_pages(build, config, files, nav, env) -> None:
    """Hand the generated pages a second process can render to one, from MkDocs' on_env event."""
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    pages = {file.src_uri: file.page for file in doc_files}

    def render_page(src_uri: str) -> tuple[str, str]:
        page = pages[src_uri]
        config._current_page, page.active = page, True
        try:
            context = get_context(nav, doc_files, config, page)
            template = env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            return page.content or "", config.plugins.on_post_page(template.render(context), page=page, config=config)
        finally:
            config._current_page, page.active = None, False

    handed = build.share_pages(list(pages), render_page)
    for src_uri in handed:
        pages[src_uri].meta["template"] = PLACEHOLDER
    if handed:
        log.info(f"Sharing {len(handed)} of {len(pages)} pages with a second process")
