"""What the directory's search box looks for, stated in Python from the build's own word rules,
for the tests that check hub-words.js applies the same ones."""

from __future__ import annotations

from mentoring.site.browser.search_words import STOP_WORDS, stem, words


def query_stems(text: str) -> list[str]:
    """Return the stems a visitor's query looks for, in the order typed (what hub-words.js computes)."""
    return list(dict.fromkeys(stem(word) for word in words(text) if word not in STOP_WORDS))
