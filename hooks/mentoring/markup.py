"""Render untrusted Markdown (bios, programme texts) to safe HTML."""

from __future__ import annotations

import functools

import markdown
import nh3

ALLOWED_TAGS = {"p", "br", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h3", "h4", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
LINK_SCHEMES = {"https", "http", "mailto"}


@functools.lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    # Headings in a bio must not outrank the page's own: '#' becomes h3.
    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def render_markdown(text: str) -> str:
    """Return sanitised HTML for Markdown text written by anyone: no scripts, styles, images or odd links."""
    converter = _converter()
    converter.reset()
    html = converter.convert(text)
    html = html.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<h2>", "<h3>").replace("</h2>", "</h3>")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
