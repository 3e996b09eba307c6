"""The link that opens the mentor-card issue form, built in the browser from the pieces the card
builder's page carries, is the link Python's card_issue_url builds: one rule, compared on examples."""

from __future__ import annotations

import pytest

from mentoring.data.issue_form import builder_pieces, card_issue_url

REPO = "https://github.com/northwind-labs/mentoring-hub"
EXAMPLES = [
    ("ada-lovelace", "id: ada-lovelace\nname: Ada Lovelace\n"),
    ("zoe-obrien", "name: \"Zoë O'Brien (she/her) ~ *lead*\"\nbio: |\n  100% + 1 = #1 & more; a=b?c\n"),
    ("li-wei", "name: 李伟 👩🏽‍💻\nbio: 'tabs\tand\r\nnew lines'\n"),
    ("too-long", "bio: " + "é" * 2000 + "\n"),  # 2,000 characters, 12,000 once encoded: the edit page instead
]

# What the builder's script does with the pieces (the lead wires this to "Propose").
BUILD_IN_PAGE = """([pieces, id, text]) => {
  const encode = encodeURIComponent;
  const url = `${pieces.url}?template=${encode(pieces.template)}&title=${encode(pieces.title.replace("{id}", id))}`
    + `&${pieces.field}=${encode(text)}`;
  return url.length <= pieces.maxUrlLength ? url : null;
}"""


@pytest.mark.parametrize("card_id, text", EXAMPLES, ids=[card_id for card_id, _ in EXAMPLES])
def test_the_browser_and_python_build_the_same_link(visit, card_id, text):
    page = visit().page
    page.set_content("<p>link</p>")
    assert page.evaluate(BUILD_IN_PAGE, [builder_pieces(REPO), card_id, text]) == card_issue_url(REPO, card_id, text)


def test_a_long_card_gives_no_link_in_either():
    assert card_issue_url(REPO, *EXAMPLES[-1]) is None
