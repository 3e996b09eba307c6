"""`mentoring report`: the insights page's figures as plain text for a terminal."""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import textwrap

from mentoring.data.loader import load
from mentoring.data.timezones import utc_offset
from mentoring.derive.insights import ENROLMENT_STATUSES, Insights, insights
from mentoring.settings import read_site_config
from mentoring.site.display_text import long_date

BAR_WIDTH = 24  # characters of the longest bar
LINE_WIDTH = 100
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # card text must not steer the terminal


def run(args: argparse.Namespace) -> int:
    """Print the insights summary for the data under args.root."""
    if not args.root.is_dir():
        print(f"mentoring report: {args.root} is not a folder", file=sys.stderr)
        return 2
    months = args.months if args.months is not None else read_site_config(args.root).hub.stale_after_months
    today = args.today or datetime.date.today()
    result = load(args.root, args.today)  # without --today, dates are checked against the latest date on Earth
    if result.problems:
        print(f"mentoring report: {len(result.problems)} problem(s) in the data; the files with problems are left out "
              "of these figures (run 'mentoring validate' for the list).", file=sys.stderr)
    sys.stdout.write(text_report(insights(result.catalog, today, months)))
    return 0


def text_report(figures: Insights) -> str:
    """Return the summary: pool, gaps, capacity, reach, programmes, hallmarks and KPI targets."""
    pool = figures.pool
    out = [f"Mentoring Hub insights on {long_date(pool.today.isoformat())}"]

    out += _section("Mentor pool")
    out += _rows([(name, value) for name, value, _ in pool.figures()])
    out.append(f"  (stale: last reviewed before {pool.cutoff}, {pool.stale_after_months} months before {pool.today})")

    out += _section("Skill gaps")
    uncovered, single = figures.uncovered, figures.single
    out += textwrap.wrap(f"No accepting mentor ({len(uncovered)}): " + (", ".join(gap.label for gap in uncovered) or "none"),
                         LINE_WIDTH, initial_indent="  ", subsequent_indent="    ", break_on_hyphens=False)
    out.append(f"  Only one accepting mentor ({len(single)}):" + ("" if single else " none"))
    out += _rows([(gap.label, gap.mentors[0].name) for gap in single], indent=4)

    out += _section("Free places by department")
    out += _bars([(row.label, row.free_places) for row in figures.departments])
    out += _section("Free places by skill")
    out += _bars([(row.label, row.free_places) for row in figures.skills_offered])

    out += _section("Languages (mentors, accepting)")
    out += _rows([(row.label, f"{row.mentors:>4} {row.accepting:>4}") for row in figures.languages])
    out += _section("Time zones (mentors, accepting)")
    out += _rows([(f"{row.key} ({utc_offset(row.key)})", f"{row.mentors:>4} {row.accepting:>4}") for row in figures.timezones])

    out += _section("Programmes by type (" + ", ".join(status for status in ENROLMENT_STATUSES) + ")")
    out += _rows([(kind.label, f"{kind.total:>3}  (" + ", ".join(str(n) for n in kind.by_status) + ")")
                  for kind in figures.program_types])

    out += _section("Hallmark coverage (programmes serving each)")
    out += _rows([(hallmark.name, count) for hallmark, count in zip(figures.hallmarks, figures.hallmark_counts)])
    unserved = figures.unserved_hallmarks
    out.append("  Not served by any programme: " + (", ".join(h.name for h in unserved) if unserved else "none"))

    out += _section("KPI targets")
    for facts in figures.programs:
        out.append(f"  {facts.program.name}")
        out += [f"    {kpi['name']}: {kpi['target']} ({kpi['measured_by']})" for kpi in facts.program.kpis]
    return "\n".join(_plain(line) for line in out) + "\n"


def _section(title: str) -> list[str]:
    return ["", title]


def _rows(rows: list[tuple[str, object]], indent: int = 2) -> list[str]:
    width = max((len(str(label)) for label, _ in rows), default=0)
    return [f"{' ' * indent}{label:<{width}}  {_cell(value)}" for label, value in rows]


def _cell(value: object) -> str:
    return f"{value:>5}" if isinstance(value, int) else str(value)


def _bars(rows: list[tuple[str, int]]) -> list[str]:
    largest = max((value for _, value in rows), default=0)
    return _rows([(label, f"{value:>4} {'#' * round(value / largest * BAR_WIDTH) if largest else ''}".rstrip())
                  for label, value in rows])


def _plain(text: str) -> str:
    """Return text with control characters shown as '?', so card text cannot move the cursor or recolour."""
    return _CONTROL.sub("?", text)
