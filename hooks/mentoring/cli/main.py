"""The `mentoring` command: its arguments, and which module runs each subcommand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentoring.cli import codeowners as codeowners_command
from mentoring.cli import generate as generate_command
from mentoring.cli import new as new_command
from mentoring.cli import publish_check as publish_check_command
from mentoring.cli import report as report_command
from mentoring.cli import stale as stale_command
from mentoring.cli import validate as validate_command
from mentoring.cli.arguments import count, day
from mentoring.cli.validation_output import FORMATS
from mentoring.data.problems import InvalidData


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 valid, 1 invalid, 2 usage or internal error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except InvalidData as error:  # mkdocs.yml's settings, read by every command
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    except Exception as error:  # the last resort; `validate` reports faults per file, so the other files are still checked
        where = getattr(args, "root", None) or Path(".")
        command = args.run.__module__.rsplit(".", 1)[-1]
        print(
            f"{where}: internal error while running 'mentoring {command}' ({type(error).__name__}: {error});"
            " this is a fault in Mentoring Hub, not necessarily in your files: please report it to the hub's maintainers",
            file=sys.stderr,
        )
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mentoring", description="Mentoring Hub: check and generate the site's data.")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check every mentor card, programme and guide")
    validate.add_argument("root", nargs="?", default=".", type=Path, help="repository folder (default: current folder)")
    validate.add_argument("--format", choices=FORMATS, help="output format (default: text, or github inside GitHub Actions)")
    validate.set_defaults(run=validate_command.run)

    generate = commands.add_parser("generate", help="write a synthetic organisation of any size")
    generate.add_argument("--mentors", type=count, default=100, help="number of mentor cards (default 100)")
    generate.add_argument("--programs", type=count, default=8, help="number of programmes (default 8)")
    generate.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same files")
    generate.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    generate.set_defaults(run=generate_command.run)

    new = commands.add_parser("new", help="start a new mentor card or programme from a commented, valid file")
    new.add_argument("kind", choices=("mentor", "program"), help="what to start")
    new.add_argument("id", nargs="?", help="its id, such as 'ada-lovelace' (default: made from --name)")
    new.add_argument("--name", help="the mentor's or programme's name (default: made from the id)")
    new.add_argument("--root", type=Path, default=Path("."), help="repository folder (default: current folder)")
    new.set_defaults(run=new_command.run)

    stale = commands.add_parser("stale", help="list mentor cards not reviewed for a while, with their owners")
    stale.add_argument("--months", type=count, help="how old a review may be (default: stale_after_months in mkdocs.yml, or 12)")
    stale.add_argument("--today", type=day, help="the day to count from, YYYY-MM-DD (default: today)")
    stale.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="markdown is the monthly issue's body")
    stale.add_argument("--root", type=Path, default=Path("."), help="repository folder (default: current folder)")
    stale.set_defaults(run=stale_command.run)

    owners = commands.add_parser("codeowners", help="write .github/CODEOWNERS from the programmes and cards")
    owners.add_argument("--check", action="store_true", help="only say whether the file is current (exit 1 if not)")
    owners.add_argument("--maintainers", help="default owner, organisation/team (default: extra.mentoring.maintainers in mkdocs.yml)")
    owners.add_argument("--root", type=Path, default=Path("."), help="repository folder (default: current folder)")
    owners.set_defaults(run=codeowners_command.run)

    insights = commands.add_parser("report", help="print the insights summary: pool, skill gaps, capacity, programmes, hallmarks")
    insights.add_argument("root", nargs="?", default=".", type=Path, help="repository folder (default: current folder)")
    insights.add_argument("--months", type=count, help="how old a review may be before a card is stale (default: stale_after_months in mkdocs.yml, or 12)")
    insights.add_argument("--today", type=day, help="the day to count from, YYYY-MM-DD (default: today)")
    insights.set_defaults(run=report_command.run)

    check = commands.add_parser("publish-check", help="refuse to publish an internal hub to a GitHub Pages site anyone can see")
    check.add_argument("--pages-json", type=Path, required=True, metavar="FILE",
                       help="GitHub's answer to GET /repos/OWNER/REPO/pages, saved to a file")
    check.add_argument("--root", type=Path, default=Path("."), help="repository folder, with mkdocs.yml (default: current folder)")
    check.set_defaults(run=publish_check_command.run)
    return parser


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
