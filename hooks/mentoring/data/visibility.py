"""Who can see the hub, read from schemas/visibility.yml: the values `visibility` accepts and what each tells a mentor."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from mentoring.data.layout import PROJECT_SCHEMAS

VISIBILITY_FILE = PROJECT_SCHEMAS / "visibility.yml"
_WORDS: dict = yaml.safe_load(VISIBILITY_FILE.read_text(encoding="utf-8"))
VISIBILITIES: tuple[str, ...] = tuple(_WORDS["audiences"])  # internal, public
PUBLIC = "public"


@dataclass(frozen=True)
class Visibility:
    """One value of the setting, with what a mentor is told about who sees their card."""

    name: str  # internal or public
    audience: str  # who can see a card
    published: str  # what is published, and where
    removal: str  # how to take a card down

    @property
    def indexable(self) -> bool:
        """Return True when search engines may list the hub's pages."""
        return self.name == PUBLIC

    @property
    def paragraphs(self) -> tuple[str, str, str]:
        """Return the three things a mentor is told, in the order they are told."""
        return self.audience, self.published, self.removal


def visibility_words(name: str) -> Visibility:
    """Return the setting's value `name` (one of VISIBILITIES) with its words."""
    return Visibility(name, _WORDS["audiences"][name], _WORDS["published"], _WORDS["removal"])
