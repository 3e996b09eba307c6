"""Every file a pull request can bring into the folders the site is made from, checked by its name
and place before anything is read.

- No symbolic link anywhere under content/, programs/, guides/, schemas/ or overrides/: a link
  would publish, or feed the build, a file from elsewhere on the machine (on CI, the runner's).
- Each data folder holds only its own kind of file: cards and a photos/ folder in content/mentors/,
  images in content/mentors/photos/, programmes in programs/, guides and their language folders
  in guides/.
- The rest of content/ holds hand-written pages and passive files (images, PDF, text). Scripts,
  stylesheets and raw HTML are the site's own: they live under content/assets/, which only
  maintainers may change (.github/CODEOWNERS), since the site's policy trusts every script file
  on the site (mentoring.site.build.csp).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from mentoring.data.layout import GUIDES_DIR, MENTORS_DIR, PHOTOS_DIR, PROGRAMS_DIR, READ_ON_THEIR_OWN
from mentoring.data.problems import Problem

DOCS_DIR = "content"
ASSETS_DIR = "content/assets"
LINK_FREE_FOLDERS = (DOCS_DIR, PROGRAMS_DIR, GUIDES_DIR, "schemas", "overrides")
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")
PAGE_FOLDER_SUFFIXES = (".md", *PHOTO_SUFFIXES, ".avif", ".pdf", ".txt", ".csv")
_LINK = (
    "this is a symbolic link, which the site never follows: it could publish a file from outside"
    " the repository; replace it with the file (or folder) itself"
)
# A data file saved with one of these was meant as data: say how to rename it.
RENAMEABLE_SUFFIXES = (".yaml", ".yml", ".json", ".txt", "")


def file_problems(root: Path) -> list[Problem]:
    """Return a problem for every symbolic link, and every file out of place, under root's site folders."""
    root = Path(root)
    problems = []
    for folder in LINK_FREE_FOLDERS:
        if (root / folder).is_symlink():
            problems.append(_at(folder, _LINK))
        for rel_folder, entries in _walk(root, folder):
            for entry in entries:
                rel = f"{rel_folder}/{entry.name}"
                if entry.is_symlink():
                    problems.append(_at(rel, _LINK))
                elif entry.is_file() and not entry.name.startswith("."):
                    message = misplaced_file(rel)
                    if message:
                        problems.append(_at(rel, message))
    return problems


def link_problems(folder: Path) -> list[Problem]:
    """Return a problem for each symbolic link in folder (itself included), named from folder's parent."""
    folder = Path(folder)
    if folder.is_symlink():
        return [_at(folder.name, _LINK)]
    return [_at(f"{rel}/{entry.name}", _LINK) for rel, entries in _walk(folder.parent, folder.name) for entry in entries if entry.is_symlink()]


def page_files(root: Path) -> list[Path]:
    """Return the hand-written Markdown pages in the docs folder (never through a link), sorted."""
    return sorted(
        Path(root, rel_folder, entry.name) for rel_folder, entries in _walk(Path(root), DOCS_DIR)
        if not _inside(rel_folder + "/", MENTORS_DIR)
        for entry in entries if entry.name.endswith(".md") and entry.is_file(follow_symlinks=False) and not entry.name.startswith(".")
    )


def is_linked(path: str | os.PathLike, below: str | os.PathLike) -> bool:
    """Return whether path is reached through a symbolic link inside the folder `below` (itself or a
    folder on the way); a path outside `below` is not its concern and gives False."""
    path, below = Path(os.path.abspath(path)), Path(os.path.abspath(below))
    if below not in path.parents:
        return False
    while path != below:
        if path.is_symlink():
            return True
        path = path.parent
    return False


def misplaced_file(rel: str) -> str | None:
    """Return why a file at rel (a path relative to the repository, with '/') does not belong there, or None."""
    if rel.startswith(MENTORS_DIR + "/") and rel.count("/") == 2 and rel.endswith(".yml"):
        return None  # a card: most files of a big organisation, so answered first
    path = PurePosixPath(rel)
    suffix = path.suffix.lower()
    if _inside(rel, ASSETS_DIR) or rel in READ_ON_THEIR_OWN:
        return None
    if _inside(rel, PHOTOS_DIR):
        if path.parent.as_posix() == PHOTOS_DIR and suffix in PHOTO_SUFFIXES:
            return None
        return f"only photos belong in {PHOTOS_DIR}/ (PNG, JPEG, WebP or GIF files, no folders); remove this file or export it as one of those"
    if _inside(rel, MENTORS_DIR):
        return _data_file_problem(path, path.parent.as_posix() == MENTORS_DIR, ".yml", f"mentor cards (<id>.yml) and the photos/ folder belong in {MENTORS_DIR}/")
    if _inside(rel, DOCS_DIR):
        if suffix in PAGE_FOLDER_SUFFIXES:
            return None
        return (
            f"a '{suffix or path.name}' file cannot be published from here: pages are Markdown (.md), with images, PDF or"
            f" text files beside them; scripts, stylesheets and raw HTML are the site's own and only maintainers add them, under {ASSETS_DIR}/"
        )
    if _inside(rel, PROGRAMS_DIR):
        return _data_file_problem(path, path.parent.as_posix() == PROGRAMS_DIR, ".yml", f"programmes (<id>.yml) belong in {PROGRAMS_DIR}/")
    if _inside(rel, GUIDES_DIR):
        return _data_file_problem(path, len(path.parts) in (2, 3), ".md", f"guides ({GUIDES_DIR}/<slug>.md) and translations ({GUIDES_DIR}/<lang>/<slug>.md) belong in {GUIDES_DIR}/")
    return None


def _data_file_problem(path: PurePosixPath, right_folder: bool, suffix: str, what_belongs: str) -> str | None:
    if right_folder and path.suffix == suffix:
        return None
    if right_folder and path.suffix.lower() in RENAMEABLE_SUFFIXES:
        return f"this file is not read: data files here must end in '{suffix}'; rename it to '{path.stem}{suffix}'"
    return f"only {what_belongs}; move this file out of the folder or remove it"


def _walk(root: Path, folder: str):
    """Yield (folder relative to root, its entries) for folder and every real folder below it (never through a link)."""
    if (root / folder).is_symlink() or not (root / folder).is_dir():
        return
    stack = [folder]
    while stack:
        rel_folder = stack.pop()
        with os.scandir(root / rel_folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
        yield rel_folder, entries
        stack += [f"{rel_folder}/{entry.name}" for entry in reversed(entries) if entry.is_dir(follow_symlinks=False)]


def _inside(rel: str, folder: str) -> bool:
    return rel.startswith(folder + "/")


def _at(rel: str, message: str) -> Problem:
    return Problem(rel, 1, 1, "", message)
