"""`mentoring stale`: the cards not reviewed for a while, with their owners."""

from __future__ import annotations

import argparse
import datetime
import json
import sys

from mentoring.data.loader import load
from mentoring.derive import stale
from mentoring.settings import read_site_config


def run(args: argparse.Namespace) -> int:
    """List the cards whose last review is older than the limit, with their owners, the help routes' countries not verified for a year, and the programmes announcing passed dates."""
    config = read_site_config(args.root)
    months = args.months if args.months is not None else config.hub.stale_after_months
    today = args.today or datetime.date.today()
    result = load(args.root, args.today)  # without --today, dates are checked against the latest date on Earth
    if result.problems:
        print(f"mentoring stale: {len(result.problems)} problem(s) in the data; cards with problems are left out "
              "(run 'mentoring validate' for the list).", file=sys.stderr)
    cards = stale.stale_cards(result.catalog, today, months)
    countries = stale.unverified_countries(result.catalog, today)
    programs = stale.passed_programmes(result.catalog, today)
    source = result.catalog.support.source if result.catalog.support else ""
    if args.format == "markdown":
        sys.stdout.write(stale.markdown_report(cards, today, months, config.edit_url if config.repo_url else None, countries, source, programs))
    elif args.format == "json":
        sys.stdout.write(json.dumps(stale.json_report(cards, today, months, countries, programs), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(stale.text_report(cards, today, months, countries, source, programs))
    return 0
