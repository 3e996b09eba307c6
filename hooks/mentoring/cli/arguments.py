"""Argument types the subcommands share."""

from __future__ import annotations

import argparse
import datetime


def day(text: str) -> datetime.date:
    """Parse a YYYY-MM-DD option."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def count(text: str) -> int:
    """Parse a whole number of 0 or more."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
