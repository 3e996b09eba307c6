"""A repository's mkdocs.yml read as plain YAML, the way MkDocs reads it (following `INHERIT:`).

The `mentoring` command and the checks read the file themselves, so this package never imports MkDocs.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def read_markdown_extensions(root: Path) -> list:
    """Return root/mkdocs.yml's markdown_extensions (names, or {name: options}); [] when there is none."""
    return list(read_config(Path(root) / "mkdocs.yml").get("markdown_extensions") or [])


class TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' own tags (!ENV, !relative, !!python/name:...) as empty values."""


TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_config(path: Path, depth: int = 0) -> dict:
    """Return the settings in a config file, merged over those it INHERITs; {} when there is none."""
    if not path.is_file() or depth > 5:
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=TolerantLoader) or {}
    parent = data.pop("INHERIT", None)
    if parent:
        return _merge(read_config((path.parent / parent).resolve(), depth + 1), data)
    return data


def _merge(base: dict, override: dict) -> dict:
    """Merge like MkDocs' INHERIT: mappings deeply, everything else replaced."""
    merged = dict(base)
    for key, value in override.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
    return merged
