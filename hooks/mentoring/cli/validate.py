"""`mentoring validate`: check every card, programme and guide and report every problem at once."""

from __future__ import annotations

import argparse
import os
import sys

from mentoring.cli import validation_output as output
from mentoring.data.loader import load
from mentoring.settings import read_site_config


def run(args: argparse.Namespace) -> int:
    """Validate the repository at args.root; return 0 valid, 1 invalid, 2 usage or internal error."""
    if not args.root.is_dir():
        print(f"mentoring validate: {args.root} is not a folder", file=sys.stderr)
        return 2
    result = load(args.root, email_domains=read_site_config(args.root).hub.email_domains)
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    colour = fmt == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    output.write(result, sys.stdout, fmt, colour)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_file:
        with open(summary_file, "a", encoding="utf-8") as stream:
            stream.write(output.markdown_summary(result))
    if any(problem.internal for problem in result.problems):
        return 2
    return 0 if result.ok else 1
