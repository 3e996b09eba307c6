"""Where things live in a Mentoring Hub repository."""

from __future__ import annotations

import posixpath
from pathlib import Path

from mentoring.data.problems import Problem

PROJECT_ROOT = Path(__file__).resolve().parents[3]
PROJECT_SCHEMAS = PROJECT_ROOT / "schemas"

MENTORS_DIR = "content/mentors"
PHOTOS_DIR = "content/mentors/photos"
PROGRAMS_DIR = "programs"
GUIDES_DIR = "guides"
SUPPORT_CONTACTS = "guides/support-contacts.yml"  # the help routes, read on their own (not a guide)
READ_ON_THEIR_OWN = frozenset({SUPPORT_CONTACTS})


def schema_comment(folder: str, kind: str) -> str:
    """Return the first line of a data file in folder: it tells YAML editors which schema checks it."""
    return f"# yaml-language-server: $schema={posixpath.relpath(f'schemas/{kind}.schema.json', folder)}"


def schemas_dir(root: Path) -> Path:
    """Return root's own schemas/ folder, or the project's when root has none (a generated organisation)."""
    own = Path(root) / "schemas"
    return own if (own / "mentor.schema.json").is_file() else PROJECT_SCHEMAS


def data_files(root: Path, folder: str, suffix: str, stray: list[Problem]) -> list[Path]:
    """Return the data files in root/folder, sorted; note files with the wrong extension in stray."""
    directory = Path(root) / folder
    if not directory.is_dir():
        return []
    files = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or not path.is_file() or path.relative_to(root).as_posix() in READ_ON_THEIR_OWN:
            continue
        if path.suffix == suffix:
            files.append(path)
        elif path.suffix.lower() in (".yaml", ".yml", ".json", ".txt", ""):
            rel = path.relative_to(root).as_posix()
            stray.append(Problem(rel, 1, 1, "", f"this file is not read: data files here must end in '{suffix}'; rename it to '{path.stem}{suffix}'"))
    return files


def guide_files(root: Path, stray: list[Problem]) -> list[Path]:
    """Return guides/*.md and guides/<lang>/*.md, sorted."""
    directory = Path(root) / GUIDES_DIR
    if not directory.is_dir():
        return []
    files = data_files(root, GUIDES_DIR, ".md", stray)
    for sub in sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.startswith(".")):
        files += data_files(root, f"{GUIDES_DIR}/{sub.name}", ".md", stray)
    return files
