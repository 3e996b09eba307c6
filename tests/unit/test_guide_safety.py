"""Guides allow raw HTML: the validator points at unsafe markup, and the sanitiser leaves real guides alone.

The rejected examples are validator cases (tests/cases/validate/guide-*); the accepted hostile guide
is driven in Chromium (tests/browser/test_hostile.py). Here: the real guides pass the check, and
cleaning their rendered HTML changes nothing but how it is written out.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
import yaml

from mentoring.data.documents import split_front_matter
from mentoring.data.guide_safety import unsafe_markup
from mentoring.site.markup import clean_guide_html
from tests.support.paths import PROJECT

GUIDE_FILES = sorted((PROJECT / "guides").rglob("*.md"))


def render_like_the_site(body: str) -> str:
    """Render Markdown with the extensions mkdocs.yml lists, as MkDocs does for a guide page."""
    config = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        settings[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=settings).convert(body)


class _Events(HTMLParser):
    """The document as a list of events, so two spellings of the same HTML compare equal."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        normal = {name: (value or "").replace(" ", "").rstrip(";") for name, value in attrs}
        if "checked" in normal:
            normal["checked"] = "checked"  # checked, checked="" and checked="checked" are the same
        self.events.append(("start", tag, sorted(normal.items())))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "text":
            data = self.events.pop()[1] + data
        self.events.append(("text", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))


def events(html: str) -> list[tuple]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda path: path.relative_to(PROJECT / "guides").as_posix())
def test_real_guides_pass_the_markup_check(path):
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert unsafe_markup(body) == []


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda path: path.relative_to(PROJECT / "guides").as_posix())
def test_cleaning_a_real_guide_changes_nothing_but_the_spelling(path):
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    html = render_like_the_site(body)
    assert events(clean_guide_html(html)) == events(html)


def test_the_features_guides_rely_on_survive_cleaning():
    html = render_like_the_site(
        "## Step one {#step-one}\n\n- [ ] ask\n- [x] listen\n\n!!! note \"Tip\"\n    Keep it short.\n\n"
        "??? question \"Why?\"\n    Because.\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n\n```python\nprint('hi')\n```\n\n"
        "Press <kbd>Ctrl</kbd>.\n\n<!-- mentoring:hallmark-coverage -->\n"
    )
    cleaned = clean_guide_html(html)
    assert events(cleaned) == events(html)
    for kept in ('id="step-one"', 'type="checkbox"', 'class="admonition note"', "<details", "<summary>", "<table>", "<kbd>", "<!-- mentoring:hallmark-coverage -->"):
        assert kept in cleaned, kept


@pytest.mark.parametrize("comment", [
    "<!-- a note for editors: <script>alert(1)</script> -->",
    "Text <!-- <img src=x onerror=alert(1)> <iframe src=https://example.com> --> more text.",
    "<!--\n[old link](javascript:alert(1))\n<style>body { display: none }</style>\n-->",
])
def test_a_harmless_comment_is_allowed_and_stays_a_comment(comment):
    assert unsafe_markup(comment) == []
    rendered = events(clean_guide_html(render_like_the_site(comment)))
    assert [event for event in rendered if event[0] == "comment"], "the comment is kept as a comment"
    assert not [event for event in rendered if event[0] == "start" and event[1] in ("script", "img", "iframe", "style")]


@pytest.mark.parametrize("fake", ["<!--><script>alert(1)</script>-->", "<!---><script>alert(1)</script>", "<!-- x --!><script>alert(1)</script>", "<!-- never closed <script>alert(1)</script>"])
def test_a_comment_ends_where_a_browser_ends_it(fake):
    # '<!-->' and '<!--->' are whole (empty) comments and '--!>' ends one: what follows is markup.
    assert [message for _, message in unsafe_markup(fake)] == [message for _, message in unsafe_markup("<script>alert(1)</script>")]
    assert "<script" not in clean_guide_html(render_like_the_site(fake))
