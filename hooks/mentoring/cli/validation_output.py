"""Print validation results as text, GitHub workflow annotations or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from mentoring.data.loader import LoadResult

FORMATS = ("text", "github", "json")


def summary(result: LoadResult) -> str:
    """Return the one-line verdict."""
    catalog = result.catalog
    if result.ok:
        counts = ", ".join(
            _plural(len(items), word)
            for items, word in ((catalog.mentors, "mentor"), (catalog.programs, "programme"), (catalog.guides, "guide"))
        )
        routes = ", the help routes" if catalog.support else ""
        return f"All {result.files_checked} files are valid: {counts}{routes}."
    files = len({problem.path for problem in result.problems})
    return f"Found {_plural(len(result.problems), 'problem')} in {files} of {result.files_checked} files."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def write_text(result: LoadResult, out: TextIO, colour: bool = False) -> None:
    red, green, bold, reset = ("\033[31m", "\033[32m", "\033[1m", "\033[0m") if colour else ("",) * 4
    for problem in result.problems:
        location = f"{problem.path}:" if problem.internal else f"{problem.path}:{problem.line}:{problem.column}:"
        field = f" {bold}{problem.field}{reset}:" if problem.field else ""
        out.write(f"{location}{field} {red}{problem.message}{reset}\n" if colour else f"{problem}\n")
    out.write(f"{green if result.ok else red}{summary(result)}{reset}\n")


def write_github(result: LoadResult, out: TextIO) -> None:
    for problem in result.problems:
        title = _escape_property(f"{problem.field or 'file'}")
        message = _escape_data(f"{problem.field}: {problem.message}" if problem.field else problem.message)
        place = "" if problem.internal else f",line={problem.line},col={problem.column}"
        out.write(f"::error file={_escape_property(problem.path)}{place},title={title}::{message}\n")
    out.write(f"{summary(result)}\n")


def write_json(result: LoadResult, out: TextIO) -> None:
    payload = {
        "valid": result.ok,
        "files_checked": result.files_checked,
        "summary": summary(result),
        "problems": [problem.as_dict() for problem in result.problems],
    }
    out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def write(result: LoadResult, out: TextIO, fmt: str, colour: bool = False) -> None:
    """Write result to out in fmt ('text', 'github' or 'json')."""
    if fmt == "github":
        write_github(result, out)
    elif fmt == "json":
        write_json(result, out)
    else:
        write_text(result, out, colour)


def markdown_summary(result: LoadResult) -> str:
    """Return a Markdown report for a CI job summary."""
    lines = [f"### Mentoring Hub data check\n\n{summary(result)}\n"]
    if result.problems:
        lines.append("| File | Line | Field | Problem |\n|---|---|---|---|")
        for problem in result.problems:
            cells = [problem.path, f"{problem.line}:{problem.column}", problem.field or "", problem.message]
            lines.append("| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


# GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
