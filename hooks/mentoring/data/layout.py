"""Where things live in a Mentoring Hub repository."""

from __future__ import annotations

import posixpath
from pathlib import Path


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


def data_files(root: Path, folder: str, suffix: str) -> list[Path]:
    """Return the data files in root/folder, sorted; never a symbolic link (repository_files
    reports links and files out of place)."""
    directory = Path(root) / folder
    if directory.is_symlink() or not directory.is_dir():
        return []
    return sorted(
        path for path in directory.iterdir()
        if path.suffix == suffix and not path.name.startswith(".") and not path.is_symlink() and path.is_file()
    )


def guide_files(root: Path) -> list[Path]:
    """Return guides/*.md and guides/<lang>/*.md, sorted (never through a symbolic link)."""
    directory = Path(root) / GUIDES_DIR
    if directory.is_symlink() or not directory.is_dir():
        return []
    files = data_files(root, GUIDES_DIR, ".md")
    for sub in sorted(p for p in directory.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")):
        files += data_files(root, f"{GUIDES_DIR}/{sub.name}", ".md")
    return files
