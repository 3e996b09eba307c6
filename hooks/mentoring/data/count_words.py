"""The words that agree with a count, read from schemas/count-words.yml: the build and the browser scripts share them."""

from __future__ import annotations

import yaml

from mentoring.data.layout import PROJECT_SCHEMAS

COUNT_WORDS_FILE = PROJECT_SCHEMAS / "count-words.yml"
COUNT_WORDS: dict[str, str] = yaml.safe_load(COUNT_WORDS_FILE.read_text(encoding="utf-8"))


def agreeing(count: int, word: str) -> str:
    """Return `word` (as written for exactly one) in the form that agrees with `count`: 'mentor' or 'mentors'."""
    if word not in COUNT_WORDS:
        raise KeyError(f"{word!r} is not in {COUNT_WORDS_FILE.name}: add it with the form for other counts")
    return word if count == 1 else COUNT_WORDS[word]
