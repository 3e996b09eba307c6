"""The hub's settings, read once from a repository's mkdocs.yml, for the build and the command line alike.

The MkDocs hooks hand `extra.mentoring` to `HubSettings.from_mapping`; the `mentoring` command
reads the same file as plain YAML (following `INHERIT:` like MkDocs does), so both agree without
this package importing MkDocs.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mentoring.data.config_file import TolerantLoader, read_config
from mentoring.data.dates import latest_today
from mentoring.data.problems import InvalidData, Problem
from mentoring.data.visibility import VISIBILITIES

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
    visibility: str = "internal"  # who may see the site: internal (not for search engines) or public

    @classmethod
    def from_mapping(cls, mapping: dict | None, config_file: Path | str = "mkdocs.yml") -> HubSettings:
        """Return the settings in mapping; raise InvalidData naming each unknown key or wrong type."""
        mapping = mapping or {}
        fields = {item.name: item for item in dataclasses.fields(cls)}
        mistakes = []
        for key, value in mapping.items():
            if key not in fields:
                guess = difflib.get_close_matches(str(key), list(fields), n=1)
                advice = f"did you mean '{guess[0]}'?" if guess else f"the settings are: {', '.join(fields)}"
                mistakes.append((key, f"'{key}' is not a Mentoring Hub setting; {advice}"))
            elif type(value) is not type(fields[key].default):
                mistakes.append((key, f"'{key}' must be {_KIND_WORDS[type(fields[key].default)]}, not {value!r}"))
            elif key in _CHOICES and value not in _CHOICES[key]:
                mistakes.append((key, _not_a_choice(key, value, _CHOICES[key])))
        if mistakes:
            positions = _setting_positions(Path(config_file))
            raise InvalidData([
                Problem(Path(config_file).name, *positions.get(str(key), (1, 1)), f"{SETTINGS_KEY}.{key}", message)
                for key, message in mistakes
            ])
        return cls(**mapping)


_KIND_WORDS = {str: "text", int: "a whole number", bool: "true or false"}
_CHOICES = {"visibility": VISIBILITIES}  # settings that take one of a few words


def _not_a_choice(key: str, value: str, choices: tuple[str, ...]) -> str:
    guess = difflib.get_close_matches(value, choices, n=1)
    advice = f"; did you mean '{guess[0]}'?" if guess else ""
    return f"'{key}' must be one of: {', '.join(choices)}, not {value!r}{advice}"


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
    data = read_config(Path(root) / "mkdocs.yml")
    return SiteConfig(
        repo_url=str(data.get("repo_url") or ""),
        site_url=str(data.get("site_url") or ""),
        hub=HubSettings.from_mapping((data.get("extra") or {}).get("mentoring"), Path(root) / "mkdocs.yml"),
    )


def build_day(now: datetime.datetime | None = None) -> datetime.date:
    """Return the day a build shows and counts from (staleness, dates to come): $MENTORING_TODAY
    when set, else the date in UTC at `now` (default: this moment)."""
    pinned = os.environ.get(TODAY_VARIABLE)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return datetime.date.fromisoformat(pinned) if pinned else now.astimezone(datetime.timezone.utc).date()


def latest_day(now: datetime.datetime | None = None) -> datetime.date:
    """Return the latest date a data file may give in this build: $MENTORING_TODAY when set, else
    the latest date on Earth at `now` (UTC+14), so a card dated today anywhere is never "in the future"."""
    pinned = os.environ.get(TODAY_VARIABLE)
    return datetime.date.fromisoformat(pinned) if pinned else latest_today(now)


def _setting_positions(path: Path) -> dict[str, tuple[int, int]]:
    """Return (line, column) of each key under extra.mentoring in a config file, or {} when unreadable."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=TolerantLoader)
    except (OSError, yaml.YAMLError):
        return {}
    for name in SETTINGS_KEY.split("."):
        node = next((value for key, value in getattr(node, "value", ()) if isinstance(key, yaml.ScalarNode) and key.value == name), None)
        if not isinstance(node, yaml.MappingNode):
            return {}
    return {key.value: (key.start_mark.line + 1, key.start_mark.column + 1) for key, _ in node.value}
