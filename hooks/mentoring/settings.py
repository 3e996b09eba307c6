"""The hub's settings, read once from a repository's mkdocs.yml, for the build and the command line alike.

The MkDocs hooks hand `extra.mentoring` to `HubSettings.from_mapping`; the `mentoring` command
reads the same file as plain YAML (following `INHERIT:` like MkDocs does), so both agree without
this package importing MkDocs.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mentoring.data.problems import InvalidData, Problem

SETTINGS_KEY = "extra.mentoring"
# Pins the day a build counts from ("in the future", "stale"), so builds can be compared.
TODAY_VARIABLE = "MENTORING_TODAY"


@dataclass(frozen=True)
class HubSettings:
    """The settings under `extra.mentoring` in mkdocs.yml; each has its one default here."""

    root: str = "."  # the data's folder (content/mentors, programs, guides), relative to mkdocs.yml
    stale_after_months: int = 12  # a card not reviewed for this long shows a notice
    shared_chrome: bool = True  # render the theme's chrome once per generated page kind
    page_processes: int = 2  # processes rendering the generated pages of a big build (1: the build's own only)
    maintainers: str = ""  # the GitHub team that owns everything no one else owns, as organisation/team

    @classmethod
    def from_mapping(cls, mapping: dict | None, source: str = "mkdocs.yml") -> HubSettings:
        """Return the settings in mapping; raise InvalidData naming each unknown key or wrong type."""
        mapping = mapping or {}
        fields = {item.name: item for item in dataclasses.fields(cls)}
        problems = []
        for key, value in mapping.items():
            where = f"{SETTINGS_KEY}.{key}"
            if key not in fields:
                known = ", ".join(fields)
                problems.append(Problem(source, 1, 1, where, f"'{key}' is not a Mentoring Hub setting; the settings are: {known}"))
            elif type(value) is not type(fields[key].default):
                kind = type(fields[key].default).__name__.replace("str", "text").replace("int", "whole number").replace("bool", "true or false")
                problems.append(Problem(source, 1, 1, where, f"'{key}' must be {kind}, not {value!r}"))
        if problems:
            raise InvalidData(problems)
        return cls(**mapping)


@dataclass(frozen=True)
class SiteConfig:
    """Where the site and its repository live, and the hub's own settings."""

    repo_url: str = ""
    site_url: str = ""
    hub: HubSettings = field(default_factory=HubSettings)

    def page_url(self, path: str) -> str:
        """Return the published address of a site path such as 'contribute/fields/', or '' without a site_url."""
        return f"{self.site_url.rstrip('/')}/{path}" if self.site_url else ""

    def edit_url(self, rel_path: str) -> str:
        """Return the repository's edit link for a file, or '' without a repo_url."""
        return f"{self.repo_url.rstrip('/')}/edit/main/{rel_path}" if self.repo_url else ""


def read_site_config(root: Path) -> SiteConfig:
    """Read root/mkdocs.yml; return the defaults when there is none."""
    data = _read_config(Path(root) / "mkdocs.yml")
    return SiteConfig(
        repo_url=str(data.get("repo_url") or ""),
        site_url=str(data.get("site_url") or ""),
        hub=HubSettings.from_mapping((data.get("extra") or {}).get("mentoring")),
    )


def build_day() -> datetime.date:
    """Return the day a build counts from: $MENTORING_TODAY when set, else today."""
    pinned = os.environ.get(TODAY_VARIABLE)
    return datetime.date.fromisoformat(pinned) if pinned else datetime.date.today()


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' own tags (!ENV, !relative, !!python/name:...) as empty values."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read_config(path: Path, depth: int = 0) -> dict:
    if not path.is_file() or depth > 5:
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    parent = data.pop("INHERIT", None)
    if parent:
        return _merge(_read_config((path.parent / parent).resolve(), depth + 1), data)
    return data


def _merge(base: dict, override: dict) -> dict:
    """Merge like MkDocs' INHERIT: mappings deeply, everything else replaced."""
    merged = dict(base)
    for key, value in override.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
    return merged
