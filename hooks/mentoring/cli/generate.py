"""`mentoring generate`: write a synthetic organisation of any size."""

from __future__ import annotations

import argparse

from mentoring.synthetic import write_organisation


def run(args: argparse.Namespace) -> int:
    """Write the organisation the arguments describe; return 0."""
    counts = write_organisation(args.out, mentors=args.mentors, programs=args.programs, seed=args.seed)
    print(
        f"Wrote {counts['mentors']} mentor cards and {counts['programs']} programmes under {args.out},"
        " with a copy of the project's pages, guides and programmes."
    )
    return 0

