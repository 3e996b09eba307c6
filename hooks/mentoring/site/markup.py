"""Render untrusted Markdown (bios, programme texts) to safe HTML, and clean the HTML of guides."""

from __future__ import annotations

import functools
import re

import markdown
import nh3

from mentoring.data.guide_safety import URL_SCHEME
from mentoring.site.mailto import has_one_recipient

ALLOWED_TAGS = {"p", "br", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h3", "h4", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
LINK_SCHEMES = {"https", "http", "mailto"}

# A line Markdown leaves as it is: it starts with a letter, a quote or a bracket, holds only letters,
# digits, spaces and everyday punctuation, and does not end in a space. Text made of such lines and
# blank lines only becomes paragraphs; most bios are like that, and a big directory has thousands.
_PLAIN_LINE = re.compile(r"""(?:[^\W\d_]|["“‘'(])(?:[^\W_]|[ .,;:'"()?%/@$€£’“”‘–—-])*(?<! )""")
_BLANK_LINES = re.compile(r"\n{2,}")

@functools.lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def render_markdown(text: str) -> str:
    """Return sanitised HTML for Markdown text written by anyone: no scripts, styles, images or odd links."""
    plain = _plain_paragraphs(text)
    return plain if plain is not None else _converted(text)


def _converted(text: str) -> str:
    """Return text through the Markdown converter and the sanitiser."""
    converter = _converter()
    converter.reset()
    html = converter.convert(text)
    # Headings in a bio must not outrank the page's own: '#' becomes h3.
    html = html.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<h2>", "<h3>").replace("</h2>", "</h3>")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_link_attribute,
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _link_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Drop a mailto: address that would reach more than one person (a list, or to, cc or bcc fields)."""
    if tag == "a" and attribute == "href" and not has_one_recipient(value):
        return None
    return value


def _plain_paragraphs(text: str) -> str | None:
    """Return the HTML of text that has no Markdown in it (what the converter would make), else None."""
    if not all(line == "" or _PLAIN_LINE.fullmatch(line) for line in text.split("\n")):
        return None
    paragraphs = [paragraph for paragraph in _BLANK_LINES.split(text.strip("\n")) if paragraph]
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


# Guides are reviewed team content with raw HTML allowed, so they get a wider allow-list than bios:
# everything the Markdown extensions in mkdocs.yml produce (headings with ids, tables, admonitions,
# details, checklists, highlighted code), harmless inline HTML such as <kbd>, and images from the
# site itself. Comments stay: the <!-- mentoring:... --> markers are expanded after cleaning.
GUIDE_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "a", "em", "strong", "b", "i", "u", "s", "del", "ins",
    "mark", "small", "sub", "sup", "kbd", "samp", "var", "abbr", "cite", "q", "dfn", "code", "pre", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "div", "span", "details", "summary", "label", "input", "img", "figure", "figcaption",
}
GUIDE_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan", "align", "style"},
    "td": {"colspan", "rowspan", "align", "style"},
    "ol": {"start", "type"},
    "details": {"open"},
    "input": {"type", "checked", "disabled"},
}


def _guide_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "id" and value.startswith("__"):
        return None  # the theme's own elements (__config, __search, ...) keep their ids to themselves
    if tag == "img" and attribute == "src" and (value.startswith("//") or URL_SCHEME.match(value)):
        return None  # the site loads nothing from another host (the validator says so at the line)
    if tag == "input" and attribute == "type" and value != "checkbox":
        return None
    return _link_attribute(tag, attribute, value)


def clean_guide_html(html: str) -> str:
    """Return a guide's rendered HTML with anything that could run, embed, restyle or load from elsewhere removed."""
    return nh3.clean(
        html,
        tags=GUIDE_TAGS,
        attributes=GUIDE_ATTRIBUTES,
        attribute_filter=_guide_attribute,
        url_schemes=LINK_SCHEMES,
        filter_style_properties={"text-align"},
        link_rel=None,
        strip_comments=False,
    )
