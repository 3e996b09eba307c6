"""Turn a card typed into the issue form into the file to write, checked as `mentoring validate` checks it.

The card is checked in the repository's context: on a copy of the repository's data with the card in
place, so the rules across files (programmes that exist, links to pages, photos) apply as they do in a
pull request. Only the card's own problems are reported; the copy is thrown away.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mentoring.data.ids import is_id
from mentoring.data.layout import MENTORS_DIR
from mentoring.data.loader import load
from mentoring.data.problems import Problem
from mentoring.data.schemas import project_schema
from mentoring.data.structure_limits import check_structure, needed_depth
from mentoring.data.yaml_reader import Source, YamlError, decode, parse

COPIED = ("mkdocs.yml", "content", "programs", "guides", "schemas")  # what the checks read
_NAMELESS = "card-from-issue"  # the copy's file name while the card has no usable id
_CARD_DEPTH = needed_depth(project_schema("mentor"))


@dataclass(frozen=True)
class CardProposal:
    """The file to write for a proposed card, and what was done to the text as typed."""

    card_id: str
    rel_path: str
    text: str
    update: bool  # the card exists and the author owns it
    added_github: bool  # a last line 'github: <author>' was added
    changed: bool  # the text differs from the file already there


class Refused(Exception):
    """The card cannot be written; carries every reason."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


def propose_card(root: Path, text: str, author: str) -> CardProposal:
    """Return the file to write for the card `text` proposed by GitHub user `author`; raise Refused when
    the author may not write it or the card has problems (nothing is written either way)."""
    root = Path(root)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Refused([Problem(f"{MENTORS_DIR}/<id>.yml", *_place(text, error.start), "",
                               "holds a character that is not text (a broken emoji or symbol); type it again")]) from None
    source = _source(text)
    card_id = source.data.get("id") if source and isinstance(source.data, dict) else None
    if not (isinstance(card_id, str) and is_id(card_id)):
        raise Refused(_nameless_problems(root, text, card_id))
    rel_path = f"{MENTORS_DIR}/{card_id}.yml"
    existing = root / rel_path
    old_text = _read(existing) if existing.exists() else None
    if existing.exists():
        owner = _github(old_text)
        if not (owner and owner.casefold() == author.casefold()):
            whose = f"belongs to the GitHub user '{owner}'" if owner else "names no GitHub owner"
            raise Refused([Problem(rel_path, *source.position(("id",)), "id",
                                   f"the card '{card_id}' already exists and {whose}, and this issue was opened by '{author}': "
                                   "a maintainer or the card's owner must take it over")])
    typed_owner = source.data.get("github")
    if typed_owner is not None and not (isinstance(typed_owner, str) and typed_owner.casefold() == author.casefold()):
        raise Refused([Problem(rel_path, *source.position(("github",)), "github",
                               f"names '{typed_owner}', but this issue was opened by '{author}': the GitHub handle on a card is the "
                               "person who may update it, so leave this line out (it becomes yours) or ask that person to open the issue")])
    added = typed_owner is None
    final = with_github(text, author) if added else text
    if added and _data(final) != {**source.data, "github": author}:
        raise Refused([Problem(rel_path, final.count("\n"), 1, "github",
                               f"the line 'github: {author}' cannot be added at the end of this card without changing it: add it yourself")])
    problems = card_problems(root, rel_path, final)
    if problems:
        raise Refused(problems)
    return CardProposal(card_id, rel_path, final, old_text is not None, added, final != old_text)


def with_github(text: str, author: str) -> str:
    """Return text with a last line 'github: <author>', the only change made to what was typed."""
    return f"{text if text.endswith(chr(10)) or not text else text + chr(10)}github: {author}\n"


def card_problems(root: Path, rel_path: str, text: str) -> list[Problem]:
    """Return the problems `mentoring validate` finds in the card `text` written at rel_path under root."""
    with tempfile.TemporaryDirectory(prefix="card-from-issue-") as folder:
        copy = Path(folder) / "repository"
        copy.mkdir()
        for name in COPIED:
            if (root / name).is_dir():
                shutil.copytree(root / name, copy / name)
            elif (root / name).is_file():
                shutil.copy2(root / name, copy / name)
        target = copy / rel_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        return [problem for problem in load(copy).problems if problem.path == rel_path]


def _nameless_problems(root: Path, text: str, card_id: object) -> list[Problem]:
    """Return the validator's problems for a card whose id cannot name a file, under the name '<id>'."""
    problems = card_problems(root, f"{MENTORS_DIR}/{_NAMELESS}.yml", text)
    # The copy's file name was ours, so "not the same as the file name" is not the card's problem.
    mismatch = f"'{card_id}' is not the same as the file name '{_NAMELESS}'"
    kept = [dataclasses.replace(problem, path=f"{MENTORS_DIR}/<id>.yml")
            for problem in problems if not problem.message.startswith(mismatch)]
    return kept or [Problem(f"{MENTORS_DIR}/<id>.yml", 1, 1, "id", "give the card an id, such as 'ada-lovelace'")]


def _source(text: str) -> Source | None:
    """Return the card's data with positions, or None when only the validator can say what is wrong."""
    if check_structure(text, _CARD_DEPTH, "a card"):  # a parser can crash on deep nesting: never hand it one
        return None
    try:
        return parse(text)
    except (YamlError, RecursionError, ValueError):
        return None


def _data(text: str) -> object:
    source = _source(text)
    return source.data if source else None


def _read(path: Path) -> str | None:
    try:
        return decode(path.read_bytes())
    except (OSError, YamlError):
        return None


def _github(text: str | None) -> str | None:
    data = _data(text) if text is not None else None
    owner = data.get("github") if isinstance(data, dict) else None
    return owner if isinstance(owner, str) and owner else None


def _place(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1
