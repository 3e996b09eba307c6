"""The controlled vocabularies kept as data in schemas/: expertise, hallmarks, languages."""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Tag:
    """One expertise tag."""

    id: str
    label: str
    group: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class Hallmark:
    """One of the eight hallmarks of a mentoring culture."""

    id: str
    name: str
    summary: str


@dataclass(frozen=True)
class Vocabulary:
    """Everything a card's controlled values are checked against."""

    tags: dict[str, Tag]
    hallmarks: dict[str, Hallmark]
    languages: dict[str, str]
    email_domains: tuple[str, ...] = ()  # the organisation's (extra.mentoring.email_domains); () allows any

    @functools.cached_property
    def synonyms(self) -> dict[str, str]:
        """Map each synonym (lowercase) to its canonical tag id."""
        return {synonym.lower(): tag.id for tag in self.tags.values() for synonym in tag.synonyms}

    def tags_by_group(self) -> dict[str, list[Tag]]:
        """Return the expertise tags by group, groups in the vocabulary's order, tags by label."""
        groups: dict[str, list[Tag]] = {}
        for tag in sorted(self.tags.values(), key=lambda tag: tag.label.casefold()):
            groups.setdefault(tag.group, []).append(tag)
        return {group: groups[group] for group in dict.fromkeys(tag.group for tag in self.tags.values())}

    def suggest_tag(self, value: str) -> str | None:
        """Return the canonical tag someone probably meant by value, if any."""
        key = value.strip().lower().replace(" ", "-").replace("_", "-")
        if key in self.tags:
            return key
        if key in self.synonyms:
            return self.synonyms[key]
        for tag in self.tags.values():
            if tag.label.lower() == value.strip().lower():
                return tag.id
        return closest(key, list(self.tags) + list(self.synonyms), self.synonyms)

    def suggest_language(self, value: str) -> str | None:
        """Return the ISO 639-1 code someone probably meant by value (a name or a code)."""
        key = value.strip().lower()
        if key in self.languages:
            return key
        for code, name in self.languages.items():
            if name.lower() == key or key[:3] == name.lower()[:3] and len(key) == 3:
                return code
        return closest(key, list(self.languages))


def closest(word: str, choices: list[str], aliases: dict[str, str] | None = None) -> str | None:
    """Return the choice closest to word, following aliases, or None when nothing is close."""
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    if not match:
        return None
    return (aliases or {}).get(match[0], match[0])


def load_vocabulary(schemas_dir: Path, email_domains: tuple[str, ...] = ()) -> Vocabulary:
    """Read expertise.yml, hallmarks.yml and languages.yml from schemas_dir; email_domains are the organisation's."""
    expertise = _read(schemas_dir / "expertise.yml")
    hallmarks = _read(schemas_dir / "hallmarks.yml")
    languages = _read(schemas_dir / "languages.yml")
    return Vocabulary(
        tags={
            tag_id: Tag(tag_id, entry["label"], entry["group"], tuple(entry.get("synonyms", ())))
            for tag_id, entry in expertise.items()
        },
        hallmarks={
            hallmark_id: Hallmark(hallmark_id, entry["name"], entry["summary"])
            for hallmark_id, entry in hallmarks.items()
        },
        languages={str(code): name for code, name in languages.items()},
        email_domains=tuple(email_domains),
    )


def _read(path: Path) -> dict:
    return _parsed(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=16)
def _parsed(text: str) -> dict:
    """Return the YAML text read; kept, as one process reads the same vocabulary many times. Read only."""
    return yaml.safe_load(text)
