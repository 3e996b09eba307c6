"""The contributor commands of `mentoring`: new, stale and codeowners (parsed in cli.py)."""

from __future__ import annotations

import argparse
import datetime
import difflib
import json
import sys
from pathlib import Path

from . import codeowners, scaffold, stale
from .loader import load
from .site_config import read_site_config

_WHAT = {"mentor": "mentor card", "program": "programme"}


def day(text: str) -> datetime.date:
    """Parse a YYYY-MM-DD option."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def new(args: argparse.Namespace) -> int:
    """Write a commented starting file for a new mentor card or programme; never overwrite one."""
    item_id, name = args.id, args.name
    if not item_id and not name and sys.stdin.isatty():
        name = input(f"The {_WHAT[args.kind]}'s name: ").strip()
    if not item_id and name:
        item_id = scaffold.slugify(name)
    if not item_id:
        print(f"mentoring new {args.kind}: give an id, such as 'mentoring new {args.kind} "
              f"{'ada-lovelace' if args.kind == 'mentor' else 'new-hire-buddies'}', or --name", file=sys.stderr)
        return 2
    if not scaffold.is_id(item_id):
        suggestion = scaffold.slugify(item_id)
        hint = f"; try '{suggestion}'" if suggestion else ""
        print(f"mentoring new {args.kind}: '{item_id}' cannot be an id: use lowercase letters, digits and single hyphens{hint}", file=sys.stderr)
        return 2
    config = read_site_config(args.root)
    try:
        path = scaffold.write_starting_file(args.root, args.kind, item_id, name, reference=config.page_url("contribute/fields/"))
    except scaffold.FileExists as error:
        print(f"mentoring new {args.kind}: {error} already exists, and is left as it is. "
              f"Edit it instead, or choose another id.", file=sys.stderr)
        return 1
    print(f"Wrote {path}.\nNext: replace the example values (your editor checks them as you type), "
          "then run 'mentoring validate' and open a pull request.")
    return 0


def stale_command(args: argparse.Namespace) -> int:
    """List the cards whose last review is older than the limit, with their owners."""
    config = read_site_config(args.root)
    months = args.months if args.months is not None else config.stale_after_months
    today = args.today or datetime.date.today()
    result = load(args.root, today)
    if result.problems:
        print(f"mentoring stale: {len(result.problems)} problem(s) in the data; cards with problems are left out "
              "(run 'mentoring validate' for the list).", file=sys.stderr)
    cards = stale.stale_cards(result.catalog, today, months)
    if args.format == "markdown":
        sys.stdout.write(stale.markdown_report(cards, today, months, config.edit_url if config.repo_url else None))
    elif args.format == "json":
        sys.stdout.write(json.dumps(stale.json_report(cards, today, months), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(stale.text_report(cards, today, months))
    return 0


def codeowners_command(args: argparse.Namespace) -> int:
    """Write .github/CODEOWNERS from the data, or with --check say whether it is current."""
    maintainers = args.maintainers or read_site_config(args.root).maintainers
    if not maintainers:
        print("mentoring codeowners: name the team that maintains the hub with --maintainers organisation/team, "
              "or under extra.mentoring.maintainers in mkdocs.yml", file=sys.stderr)
        return 2
    result = load(args.root)
    if result.problems:
        print(f"mentoring codeowners: the data has {len(result.problems)} problem(s); fix them first "
              "(run 'mentoring validate'), so that no owner is left out.", file=sys.stderr)
        return 1
    expected = codeowners.codeowners_text(result.catalog, maintainers)
    path = Path(args.root) / codeowners.PATH
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if args.check:
        if current == expected:
            print(f"{codeowners.PATH} is up to date.")
            return 0
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), expected.splitlines(keepends=True), codeowners.PATH, "expected"))
        print(f"{codeowners.PATH} is out of date: run 'mentoring codeowners' and commit the result.", file=sys.stderr)
        return 1
    if current != expected:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected, encoding="utf-8")
    print(f"Wrote {codeowners.PATH}." if current != expected else f"{codeowners.PATH} is already up to date.")
    return 0
