"""Hypothesis strategies for mentor cards: the valid base card with a few fields changed, often into mistakes."""

from __future__ import annotations

import copy

from hypothesis import strategies as st

from mentoring.data.layout import MENTORS_DIR
from mentoring.data.yaml_reader import parse
from tests.support.email_examples import INVALID_ADDRESSES, VALID_ADDRESSES
from tests.support.paths import BASE

BASE_CARD = parse((BASE / MENTORS_DIR / "ada-lovelace.yml").read_text(encoding="utf-8")).data
DELETE = object()

# Letters, YAML's special characters, line breaks and the invisible characters the messages name.
CHARACTERS = st.sampled_from(list("aZé中 -'\".:#@\n\t\\") + ["\u200b", "\ufeff", "\u00a0", "\u202e", "\u0085", "🙂"])


def text(max_size: int) -> st.SearchStrategy[str]:
    """Text up to max_size characters, line breaks anywhere (a name ending in one is refused by both sides)."""
    return st.text(CHARACTERS, max_size=max_size)


def around(limit: int) -> st.SearchStrategy[str]:
    """Plain text just under, at and over a length limit."""
    return st.integers(limit - 2, limit + 2).map(lambda size: ("Mentoring " * (size // 10 + 1))[:size])


TAGS = ["python", "javascript", "kubernetes", "career-growth", "public-speaking", "py", "k8s", "Python", "pyhton", "basket-weaving"]
MUTATIONS = {
    "id": st.sampled_from(["ada-lovelace", "Ada-Lovelace", "ada--lovelace", "ada\u200b-lovelace", "a" * 65, ""]),
    "name": st.one_of(text(30), around(100)),
    "pronouns": st.one_of(text(12), around(30)),
    "title": st.one_of(text(30), st.sampled_from(["yes", "No", "010", "12:30"])),
    "department": st.one_of(text(20), around(80)),
    "location": text(20),
    "timezone": st.one_of(st.sampled_from(["Europe/London", "Europe/Londn", "europe/london", "London", "Mars/Olympus",
                                           "UTC", "Pacific/Kiritimati", "Australia/Sydney", ""]), text(10)),
    "languages": st.lists(st.sampled_from(["en", "it", "gd", "no", "English", "xx", "EN", "Scottish Gaelic", "fre"]), max_size=12),
    "expertise": st.lists(st.sampled_from(TAGS), max_size=12),
    "learning": st.lists(st.sampled_from(TAGS), max_size=11),
    "formats": st.lists(st.sampled_from(["one-on-one", "group", "flash", "One-on-one", "coffee"]), max_size=6),
    "programs": st.lists(st.sampled_from(["buddies", "buddy", "no-such-programme", "Buddies"]), max_size=3),
    "capacity": st.one_of(st.integers(-3, 55), st.sampled_from(["3", True, 2.5])),
    "active_mentees": st.integers(-2, 55),
    "accepting": st.sampled_from([True, False, "yes"]),
    "bio": st.one_of(text(60), around(20), around(2000), st.sampled_from(["  indented\n    code\n", "ends\n\n\n"])),
    "contact": st.one_of(
        st.fixed_dictionaries({}, optional={
            "email": st.sampled_from(["ada@example.com", "ada@", "ada\u200b@example.com", "ada\ufeff@example.com",
                                      "ada lovelace@example.com", "ada@example.com\u00a0", *VALID_ADDRESSES, *INVALID_ADDRESSES]),
            "chat": st.one_of(text(10), st.just("@ada on Slack")),
        }),
        st.sampled_from(["ada@example.com", ["ada@example.com"]]),
    ),
    "photo": st.sampled_from(["ada.png", "ada.svg", "../ada.png", "https://example.com/ada.png"]),
    "last_reviewed": st.sampled_from(["2026-05-01", "2026-11-24", "2026-11-25", "2031-01-01", "2026-02-30", "2028-02-29",
                                      "2026-13-01", "2026-1-1", "01/02/2026", "", "2026-00-10"]),
    "github": st.sampled_from(["ada-lovelace", "@ada", "https://github.com/ada", "-ada", "a" * 40]),
    "phone": st.just("+44 20 7946 0000"),
    "favourite_colour": st.just("green"),
}
REQUIRED = ("name", "title", "timezone", "languages", "expertise", "formats", "programs", "capacity", "bio", "contact")


@st.composite
def cards(draw) -> dict:
    """Return the base card with up to four fields changed or (for some required ones) left out."""
    card = copy.deepcopy(BASE_CARD)
    for key in draw(st.lists(st.sampled_from(sorted(MUTATIONS)), max_size=4, unique=True)):
        left_out = key in REQUIRED and draw(st.booleans()) and draw(st.booleans())
        card.pop(key, None) if left_out else card.__setitem__(key, draw(MUTATIONS[key]))
    return card
