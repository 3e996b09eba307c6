"""The few site settings the command line needs, read from a repository's mkdocs.yml.

The MkDocs hooks get these from MkDocs itself; the `mentoring` command reads the
same file as plain YAML (following `INHERIT:` like MkDocs does), so both agree
without this package importing MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_STALE_MONTHS = 12


@dataclass(frozen=True)
class SiteConfig:
    """Where the site and its repository live, and the mentoring settings under `extra.mentoring`."""

    repo_url: str = ""
    site_url: str = ""
    stale_after_months: int = DEFAULT_STALE_MONTHS
    maintainers: str = ""  # the GitHub team that owns everything no one else owns, as organisation/team

    def page_url(self, path: str) -> str:
        """Return the published address of a site path such as 'contribute/fields/', or '' without a site_url."""
        return f"{self.site_url.rstrip('/')}/{path}" if self.site_url else ""

    def edit_url(self, rel_path: str) -> str:
        """Return the repository's edit link for a file, or '' without a repo_url."""
        return f"{self.repo_url.rstrip('/')}/edit/main/{rel_path}" if self.repo_url else ""


def read_site_config(root: Path) -> SiteConfig:
    """Read root/mkdocs.yml; return the defaults when there is none."""
    data = _read_config(Path(root) / "mkdocs.yml")
    mentoring = (data.get("extra") or {}).get("mentoring") or {}
    return SiteConfig(
        repo_url=str(data.get("repo_url") or ""),
        site_url=str(data.get("site_url") or ""),
        stale_after_months=int(mentoring.get("stale_after_months", DEFAULT_STALE_MONTHS)),
        maintainers=str(mentoring.get("maintainers") or ""),
    )


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
