"""Starting files for a new mentor card or programme: commented, valid, and never written over a file.

The text of each starting file is a template in templates/ ($placeholders, filled with
string.Template); the lists of allowed values it mentions come from the schema and the
vocabularies, so the comments stay true.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import string
import sys
import textwrap
from pathlib import Path

from mentoring.data import layout
from mentoring.data.ids import is_id, slugify
from mentoring.data.layout import schema_comment
from mentoring.data.schemas import read_schema
from mentoring.data.timezones import timezones
from mentoring.data.vocabulary import load_vocabulary
from mentoring.data.visibility import visibility_words
from mentoring.settings import HubSettings, read_site_config

TEMPLATES = Path(__file__).parent / "templates"
FOLDERS = {"mentor": layout.MENTORS_DIR, "program": layout.PROGRAMS_DIR}
_PLAIN = re.compile(r"^[^\W\d_][\w .()'+&@/-]*$")  # starts with a letter; nothing YAML reads specially
_SPECIAL_WORDS = re.compile(r"^(?:y|yes|n|no|true|false|on|off|null|~)$", re.IGNORECASE)


class FileExists(Exception):
    """Raised instead of writing over an existing file."""


def name_from_id(item_id: str) -> str:
    """Return a name to start from: 'ada-lovelace' -> 'Ada Lovelace'."""
    return " ".join(word.capitalize() for word in item_id.split("-"))


def yaml_scalar(text: str) -> str:
    """Return text as a YAML value that every YAML reader takes as this exact text."""
    if _PLAIN.match(text) and not text.endswith(" ") and not _SPECIAL_WORDS.match(text):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted value


def local_timezone() -> str:
    """Return this machine's IANA time zone name, or 'UTC' when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    for read in (lambda: Path("/etc/timezone").read_text(encoding="utf-8").strip(),
                 lambda: os.readlink("/etc/localtime").split("zoneinfo/")[-1]):
        try:
            candidates.append(read())
        except OSError:
            continue
    return next((name for name in candidates if name in timezones()), "UTC")


def starting_text(root: Path, kind: str, item_id: str, name: str, today: datetime.date, reference: str,
                  visibility: str = HubSettings.visibility) -> str:
    """Return the commented starting file for a new mentor card or programme; a card's comments say
    who will see it, for the hub's `visibility`."""
    schemas_dir = layout.schemas_dir(root)
    schema = read_schema(schemas_dir, kind)
    vocabulary = load_vocabulary(schemas_dir)
    programs = sorted(path.stem for path in (Path(root) / layout.PROGRAMS_DIR).glob("*.yml"))
    values = {
        "schema_line": schema_comment(FOLDERS[kind], kind),
        "reference": reference,
        "id": item_id,
        "name": yaml_scalar(name),
        "email": f"{item_id.replace('-', '.')}@example.com",
        "today": today.isoformat(),
        "timezone": local_timezone(),
        "formats": ", ".join(schema["properties"].get("formats", {}).get("items", {}).get("enum", [])),
        "program_example": programs[0] if programs else "new-hire-buddies",
        "types": ", ".join(schema["properties"].get("type", {}).get("enum", [])),
        "statuses": ", ".join(schema["properties"].get("enrolment", {}).get("properties", {}).get("status", {}).get("enum", [])),
        "hallmarks": ", ".join(vocabulary.hallmarks),
        "who_sees": "\n#\n".join(_comment(paragraph) for paragraph in visibility_words(visibility).paragraphs),
    }
    return string.Template((TEMPLATES / f"{kind}.yml").read_text(encoding="utf-8")).substitute(values)


def write_starting_file(root: Path, kind: str, item_id: str, name: str | None = None,
                        today: datetime.date | None = None, reference: str = "", visibility: str = HubSettings.visibility) -> Path:
    """Write root/<folder>/<id>.yml for a new mentor or programme and return its path.

    Raises FileExists when the file is already there: an existing card is never touched.
    """
    path = Path(root) / FOLDERS[kind] / f"{item_id}.yml"
    reference = reference or f"schemas/{kind}.schema.json"
    text = starting_text(root, kind, item_id, name or name_from_id(item_id), today or datetime.date.today(), reference, visibility)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        raise FileExists(path) from None
    return path


def _comment(paragraph: str) -> str:
    """Return a paragraph as YAML comment lines."""
    return textwrap.fill(paragraph, width=100, initial_indent="# ", subsequent_indent="# ", break_on_hyphens=False)


_WHAT = {"mentor": "mentor card", "program": "programme"}


def run(args: argparse.Namespace) -> int:
    """Write a commented starting file for a new mentor card or programme; never overwrite one."""
    item_id, name = args.id, args.name
    if not item_id and not name and sys.stdin.isatty():
        name = input(f"The {_WHAT[args.kind]}'s name: ").strip()
    if not item_id and name:
        item_id = slugify(name)
    if not item_id:
        print(f"mentoring new {args.kind}: give an id, such as 'mentoring new {args.kind} "
              f"{'ada-lovelace' if args.kind == 'mentor' else 'new-hire-buddies'}', or --name", file=sys.stderr)
        return 2
    if not is_id(item_id):
        suggestion = slugify(item_id)
        hint = f"; try '{suggestion}'" if suggestion else ""
        print(f"mentoring new {args.kind}: '{item_id}' cannot be an id: use lowercase letters, digits and single hyphens{hint}", file=sys.stderr)
        return 2
    config = read_site_config(args.root)
    try:
        path = write_starting_file(args.root, args.kind, item_id, name, reference=config.page_url("contribute/fields/"),
                                   visibility=config.hub.visibility)
    except FileExists as error:
        print(f"mentoring new {args.kind}: {error} already exists, and is left as it is. "
              f"Edit it instead, or choose another id.", file=sys.stderr)
        return 1
    print(f"Wrote {path}.\nNext: replace the example values (your editor checks them as you type), "
          "then run 'mentoring validate' and open a pull request.")
    return 0
