"""Bios and programme texts: Markdown from anyone becomes safe HTML, and plain text takes a quick
path that must give exactly what the Markdown converter gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.site import markup

PLAIN = [
    "I work in Finance and have mentored colleagues for 15 years.",
    "First paragraph, with a comma; a colon: and (brackets).\nSame paragraph, next line.\n\nSecond paragraph.",
    "“Curly quotes”, 50% of the time, $5 or €5 — and an en–dash.",
    "\n\nLeading and trailing blank lines.\n\n\n",
]
MARKDOWN = [
    "Some *emphasis* here.", "A line\n- then a list", "1. first\n2. second", "# Heading", "Tabs\tinside",
    "Two spaces at the end  \nmake a break", "    indented code", "<b>tag</b>", "Tom & Jerry", "a_b_c", "Title\n---",
    "[link](https://example.org)", "`code`", "> quote", "back\\slash",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_takes_the_quick_path_and_matches_the_converter(text):
    assert markup._plain_paragraphs(text) is not None
    assert markup.render_markdown(text) == markup._converted(text)


@pytest.mark.parametrize("text", MARKDOWN)
def test_text_with_markdown_goes_through_the_converter(text):
    assert markup._plain_paragraphs(text) is None


def test_markup_in_a_bio_is_rendered_or_removed_never_run():
    html = markup.render_markdown("Hi *there* <script>alert(1)</script> [x](javascript:alert(1)) ![i](data:x)")
    assert "<em>there</em>" in html
    assert "<script" not in html and "javascript:" not in html and "<img" not in html


# Mostly the quick path's own alphabet, with a few Markdown characters mixed in.
TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ abc 19 .,;:'\"()?%/@$€—-\n\n*_#&<>`\\\t")), max_size=80)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_the_quick_path_never_disagrees_with_the_converter(text):
    quick = markup._plain_paragraphs(text)
    assert quick is None or quick == markup._converted(text)
