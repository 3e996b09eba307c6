"""Engine glue for rendering generated pages in a second process (mentoring.site.build.second_process).

`render_page` does for one page what MkDocs' own page loop does (mkdocs.commands.build._build_page
in MkDocs 1.6) up to rendering the template: it runs every plugin's on_page_context, but no
plugin's on_post_page, and writes nothing. Pages shared get the PLACEHOLDER template in the build's
own process: it prints the HTML the second process rendered, or renders the page's own template
when the build's own process claimed the page first. Either way the engine then runs every
plugin's on_post_page on the page's real HTML, once, in its own order, and writes it.
"""

from __future__ import annotations

import logging

# The running engine's, MkDocs' or ProperDocs' (see site_engine.py).
from site_engine import InclusionLevel, get_context

# The template of a shared page: prints the context's RENDERED_ELSEWHERE, else includes its PAGE_TEMPLATE.
PLACEHOLDER = "rendered-elsewhere.html"
RENDERED_ELSEWHERE = "rendered_elsewhere"  # the HTML the second process rendered (site_hooks.on_page_context)
PAGE_TEMPLATE = "page_template"  # the page's own template, for a shared page this process claims
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
            return page.content or "", template.render(context)
        finally:
            config._current_page, page.active = None, False

    handed = build.share_pages(list(pages), render_page)
    for src_uri in handed:
        pages[src_uri].meta["template"] = PLACEHOLDER
    if handed:
        log.info(f"Sharing {len(handed)} of {len(pages)} pages with a second process")
