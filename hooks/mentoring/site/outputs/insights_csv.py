"""The insights as CSV files for spreadsheets: one file per table of the /insights/ page.

Columns carry the page's table headings (plus ids at the end), so a download reads
like the table it came from. Files are UTF-8 with a byte-order mark, so spreadsheet
programs show every name correctly. Card text is untrusted: a cell that a
spreadsheet would run as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from mentoring.data.enum_labels import ENROLMENT_LABELS, FORMAT_LABELS
from mentoring.data.timezones import utc_offset
from mentoring.derive.insights import ENROLMENT_STATUSES, Insights

FOLDER = "insights"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets may read as the start of a formula


@dataclass(frozen=True)
class Download:
    """One CSV file: its name under insights/, and what it holds in words."""

    name: str
    title: str
    description: str
    shown_whole: bool = True  # the page has the same table; False for a list the page shortens

    @property
    def path(self) -> str:
        """Return the file's path under the site root."""
        return f"{FOLDER}/{self.name}"


DOWNLOADS = (
    Download("pool.csv", "Mentor pool", "The headline figures: mentors, availability, stale cards and free places."),
    Download("stale-cards.csv", "Stale cards", "Every card last reviewed before the cut-off, oldest first, with its file and its owner.", shown_whole=False),
    Download("gaps.csv", "Skill gaps", "Skills no accepting mentor offers, or only one does, with how many cards want to learn them."),
    Download("capacity-by-department.csv", "Free places by department", "Mentors, accepting mentors and free places in each department."),
    Download("capacity-by-expertise.csv", "Free places by skill", "Every skill of the vocabulary, including those nobody offers yet."),
    Download("languages.csv", "Languages", "The languages mentors work in."),
    Download("time-zones.csv", "Time zones", "The time zones mentors work in, west to east."),
    Download("programmes-by-type.csv", "Programmes by type", "Programmes of each type, by enrolment status."),
    Download("programmes.csv", "Programmes", "Each programme's type, enrolment, mentors, hallmarks and KPIs."),
    Download("hallmark-coverage.csv", "Hallmark coverage", "Which programme serves which of the eight hallmarks."),
    Download("kpi-targets.csv", "KPI targets", "Every programme's key performance indicators and targets."),
)


def safe_cell(value):
    """Return value ready for a CSV cell: numbers as they are, text that looks like a formula defused."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: list[str], rows: list[list]) -> str:
    """Return a CSV document (RFC 4180 line endings, byte-order mark first) with header and rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return "\ufeff" + buffer.getvalue()


def csv_tables(figures: Insights) -> dict[str, tuple[list[str], list[list]]]:
    """Return file name -> (header, rows) for every download, before serialising."""
    statuses = [status.capitalize() for status in ENROLMENT_STATUSES]
    return {
        "pool.csv": (["Figure", "Value", "Notes"], [list(figure) for figure in figures.pool.figures()]),
        "stale-cards.csv": (
            ["Mentor", "Department", "Last reviewed", "File", "GitHub", "Mentor id"],
            [[mentor.name, mentor.department, mentor.last_reviewed, mentor.source, mentor.github or "", mentor.id]
             for mentor in figures.pool.stale],
        ),
        "gaps.csv": (
            ["Skill", "Group", "Accepting mentors", "Mentor", "Cards learning it", "Skill id", "Mentor id"],
            [[gap.label, gap.group, len(gap.mentors), gap.mentors[0].name if gap.mentors else "", gap.learners,
              gap.tag, gap.mentors[0].id if gap.mentors else ""] for gap in figures.gaps],
        ),
        "capacity-by-department.csv": (
            ["Department", "Mentors", "Accepting mentors", "Free places"],
            [[row.label, row.mentors, row.accepting, row.free_places] for row in figures.departments],
        ),
        "capacity-by-expertise.csv": (
            ["Skill", "Group", "Mentors", "Accepting mentors", "Free places", "Skill id"],
            [[row.label, row.group, row.mentors, row.accepting, row.free_places, row.key] for row in figures.skills],
        ),
        "languages.csv": (
            ["Language", "Mentors", "Accepting mentors", "Language code"],
            [[row.label, row.mentors, row.accepting, row.key] for row in figures.languages],
        ),
        "time-zones.csv": (
            ["Time zone", "UTC offset", "Mentors", "Accepting mentors"],
            [[row.key, utc_offset(row.key), row.mentors, row.accepting] for row in figures.timezones],
        ),
        "programmes-by-type.csv": (
            ["Type", "Programmes", *statuses, "Type id"],
            [[kind.label, kind.total, *kind.by_status, kind.key] for kind in figures.program_types],
        ),
        "programmes.csv": (
            ["Programme", "Type", "Enrolment", "Mentors", "Hallmarks served", "KPIs", "Programme id"],
            [[facts.program.name, FORMAT_LABELS[facts.program.type],
              ENROLMENT_LABELS[facts.program.enrolment_status], facts.mentors, facts.hallmarks_served,
              len(facts.program.kpis), facts.program.id] for facts in figures.programs],
        ),
        "hallmark-coverage.csv": (
            ["Programme", *(hallmark.name for hallmark in figures.hallmarks), "Hallmarks served", "Programme id"],
            [[facts.program.name, *facts.hallmarks, facts.hallmarks_served, facts.program.id] for facts in figures.programs],
        ),
        "kpi-targets.csv": (
            ["Programme", "KPI", "Target", "Measured by", "Programme id"],
            [[facts.program.name, kpi["name"], kpi["target"], kpi["measured_by"], facts.program.id]
             for facts in figures.programs for kpi in facts.program.kpis],
        ),
    }


def csv_files(figures: Insights) -> dict[str, str]:
    """Return path under the site root -> CSV text, for every download."""
    tables = csv_tables(figures)
    assert list(tables) == [download.name for download in DOWNLOADS]
    return {f"{FOLDER}/{name}": csv_text(header, rows) for name, (header, rows) in tables.items()}
