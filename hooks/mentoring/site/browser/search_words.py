"""Words for the directory's search box: normalised, stop words dropped, lightly stemmed.

content/assets/javascripts/hub-words.js applies the same rules to what a visitor types, and a
query word matches every indexed stem it starts: "mentoring" finds "mentored", "pyth" "Python".
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Words too common to narrow a search; dropped from the index and from queries alike.
STOP_WORDS = frozenset(
    "a about after also am an and any are as at be been but by can could do for from had has have he her "
    "him his how i if in into is it its me more my no not of on or our out over she so some than that the "
    "their them then there these they this those to too up us very was we were what when where which who "
    "will with would you your".split()
)
_WORD = re.compile(r"[^\W_]+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MIN_STEM = 3
_DOUBLE_ENDINGS = frozenset("bdfgkmnprt")  # 'planning' -> 'plan', but 'calling' stays 'call'


def words(text: str) -> list[str]:
    """Return the lowercase words of text, accents removed, web addresses left out."""
    text = _URL.sub(" ", text).lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.category(char).startswith("M")).lower()
    return _WORD.findall(text)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Return a light English stem of a lowercase word: 'teaches' -> 'teach', 'managing' -> 'manag'."""
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    base = word
    if base.endswith("ies") and len(base) - 2 >= _MIN_STEM:
        base = base[:-3] + "y"
    elif base.endswith(("ches", "shes", "sses", "xes", "zes")) and len(base) - 2 >= _MIN_STEM:
        base = base[:-2]
    elif base.endswith("s") and not base.endswith(("ss", "us", "is")) and len(base) - 1 >= _MIN_STEM:
        base = base[:-1]
    for ending in ("ing", "ed"):
        if base.endswith(ending) and len(base) - len(ending) >= _MIN_STEM:
            base = base[: -len(ending)]
            if len(base) > _MIN_STEM and base[-1] == base[-2] and base[-1] in _DOUBLE_ENDINGS:
                base = base[:-1]
            break
    if base.endswith("e") and len(base) - 1 >= _MIN_STEM:
        base = base[:-1]
    return base


def stems(text: str) -> set[str]:
    """Return the distinct stems of text's words, stop words left out."""
    return {stem(word) for word in words(text) if word not in STOP_WORDS}
