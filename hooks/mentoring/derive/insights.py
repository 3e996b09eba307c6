"""The health of the mentoring offer, as figures: the pool, free capacity, skill gaps, reach, programmes, hallmarks.

One pure computation from the catalogue, shared by the /insights/ page, its CSV
downloads and `mentoring report`, so the three always agree. No HTML here.

Definitions used throughout:
- a mentor is *accepting*, *full* or *paused* (Mentor.availability);
- *free places* are the places accepting mentors have left (capacity minus
  active mentees); paused mentors' places are not free;
- a mentor with several skills counts under each of them;
- a *gap* is a vocabulary skill that no accepting mentor offers, or only one does.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from mentoring.data.enum_labels import AVAILABILITY_LABELS, ENROLMENT_LABELS, FORMAT_LABELS
from mentoring.data.model import Catalog, Mentor, Program, months_before
from mentoring.data.timezones import utc_offset_minutes
from mentoring.data.vocabulary import Hallmark
from mentoring.derive import stale

AVAILABILITIES = tuple(AVAILABILITY_LABELS)  # accepting, full, paused
PROGRAM_TYPES = tuple(FORMAT_LABELS)  # the schema's programme types, in its order
ENROLMENT_STATUSES = tuple(ENROLMENT_LABELS)  # open, rolling, upcoming, closed


@dataclass(frozen=True)
class Pool:
    """How many mentors there are and in what state, on `today`."""

    total: int
    accepting: int
    full: int
    paused: int
    free_places: int
    stale: tuple[Mentor, ...]  # last reviewed before `cutoff`, oldest first
    stale_after_months: int
    today: datetime.date
    cutoff: datetime.date  # the oldest review date that still counts as current

    def figures(self) -> tuple[tuple[str, int, str], ...]:
        """Return (figure, value, note) for each headline number, as the page, CSV and report word them."""
        return (
            ("Mentors", self.total, f"valid mentor cards on {self.today}"),
            ("Accepting mentees", self.accepting, "not paused, with at least one free place"),
            ("Full", self.full, "no free place left"),
            ("Paused", self.paused, "not taking requests for now"),
            ("Stale cards", len(self.stale),
             f"last reviewed before {self.cutoff}, more than {self.stale_after_months} months before {self.today}"),
            ("Free places", self.free_places, "places that accepting mentors have left"),
        )

    def count(self, availability: str) -> int:
        """Return the number of mentors with this availability ('accepting', 'full' or 'paused')."""
        return {"accepting": self.accepting, "full": self.full, "paused": self.paused}[availability]


@dataclass(frozen=True)
class Capacity:
    """The mentors behind one skill or one department, and their free places."""

    key: str  # the tag id or the department as written
    label: str
    mentors: int
    accepting: int
    free_places: int
    group: str = ""  # the skill's vocabulary group; empty for departments


@dataclass(frozen=True)
class Gap:
    """A skill that no accepting mentor offers, or only one does."""

    tag: str
    label: str
    group: str
    mentors: tuple[Mentor, ...]  # the accepting mentors offering it: none or one
    learners: int  # cards listing it under `learning`: a sign of demand

    @property
    def uncovered(self) -> bool:
        return not self.mentors


@dataclass(frozen=True)
class Reach:
    """One language or time zone, and how many mentors (and accepting mentors) work in it."""

    key: str  # the language code or the IANA time zone
    label: str  # the language's name, or the time zone again
    mentors: int
    accepting: int


@dataclass(frozen=True)
class ProgramType:
    """How many programmes of one type there are, in total and by enrolment status."""

    key: str
    label: str
    by_status: tuple[int, ...]  # in ENROLMENT_STATUSES order

    @property
    def total(self) -> int:
        return sum(self.by_status)


@dataclass(frozen=True)
class ProgramFacts:
    """One programme with the figures counted about it."""

    program: Program
    mentors: int  # cards that name the programme
    hallmarks: tuple[bool, ...]  # serves each hallmark, in hallmarks.yml order

    @property
    def hallmarks_served(self) -> int:
        return sum(self.hallmarks)


@dataclass(frozen=True)
class Insights:
    """Every figure of the insights page."""

    pool: Pool
    skills: tuple[Capacity, ...]  # every vocabulary skill, most free places first
    departments: tuple[Capacity, ...]  # most free places first
    gaps: tuple[Gap, ...]  # uncovered skills first, then the most wanted
    languages: tuple[Reach, ...]  # most mentors first
    timezones: tuple[Reach, ...]  # west to east
    program_types: tuple[ProgramType, ...]  # every type of the schema, in its order
    programs: tuple[ProgramFacts, ...]  # in the catalogue's order
    hallmarks: tuple[Hallmark, ...]  # in hallmarks.yml order

    @property
    def skills_offered(self) -> tuple[Capacity, ...]:
        """Return the skills with at least one free place."""
        return tuple(skill for skill in self.skills if skill.free_places)

    @property
    def uncovered(self) -> tuple[Gap, ...]:
        return tuple(gap for gap in self.gaps if gap.uncovered)

    @property
    def single(self) -> tuple[Gap, ...]:
        return tuple(gap for gap in self.gaps if not gap.uncovered)

    @property
    def programs_by_status(self) -> tuple[tuple[str, int], ...]:
        """Return (status, number of programmes) for every enrolment status."""
        return tuple(
            (status, sum(kind.by_status[index] for kind in self.program_types))
            for index, status in enumerate(ENROLMENT_STATUSES)
        )

    @property
    def hallmark_counts(self) -> tuple[int, ...]:
        """Return how many programmes serve each hallmark, in hallmarks.yml order."""
        return tuple(sum(facts.hallmarks[index] for facts in self.programs) for index in range(len(self.hallmarks)))

    @property
    def hallmark_coverage(self) -> tuple[tuple[Hallmark, int], ...]:
        """Return (hallmark, number of programmes serving it), in hallmarks.yml order."""
        return tuple(zip(self.hallmarks, self.hallmark_counts))

    @property
    def unserved_hallmarks(self) -> tuple[Hallmark, ...]:
        return tuple(hallmark for hallmark, count in zip(self.hallmarks, self.hallmark_counts) if not count)


def insights(catalog: Catalog, today: datetime.date, stale_after_months: int) -> Insights:
    """Return every insights figure for the catalogue, counting cards as stale relative to today."""
    hallmarks = tuple(catalog.vocabulary.hallmarks.values())
    experts = _by_tag(catalog, "expertise")
    return Insights(
        pool=pool(catalog, today, stale_after_months),
        skills=skill_capacity(catalog, experts),
        departments=department_capacity(catalog),
        gaps=gaps(catalog, experts),
        languages=_reach(catalog, lambda mentor: mentor.languages, catalog.vocabulary.languages.get, by_offset=False),
        timezones=_reach(catalog, lambda mentor: [mentor.timezone], str, by_offset=True),
        program_types=program_types(catalog),
        programs=tuple(
            ProgramFacts(program, len(catalog.mentors_in(program.id)), tuple(h.id in program.hallmarks for h in hallmarks))
            for program in catalog.programs
        ),
        hallmarks=hallmarks,
    )


def pool(catalog: Catalog, today: datetime.date, stale_after_months: int) -> Pool:
    """Return the pool's size, availability, free places and stale cards."""
    counts = Counter(mentor.availability for mentor in catalog.mentors)
    return Pool(
        total=len(catalog.mentors),
        accepting=counts["accepting"],
        full=counts["full"],
        paused=counts["paused"],
        free_places=sum(mentor.open_places for mentor in catalog.mentors),
        stale=tuple(card.mentor for card in stale.stale_cards(catalog, today, stale_after_months)),
        stale_after_months=stale_after_months,
        today=today,
        cutoff=months_before(today, stale_after_months),
    )


def skill_capacity(catalog: Catalog, experts: dict[str, list[Mentor]]) -> tuple[Capacity, ...]:
    """Return every vocabulary skill with its mentors, accepting mentors and free places.

    experts maps each tag to the mentors whose expertise lists it (see _by_tag).
    """
    rows = [_capacity(tag.id, tag.label, experts[tag.id], tag.group) for tag in catalog.vocabulary.tags.values()]
    return tuple(sorted(rows, key=lambda row: (-row.free_places, -row.accepting, row.label.casefold())))


def department_capacity(catalog: Catalog) -> tuple[Capacity, ...]:
    """Return every department that has mentors, with its accepting mentors and free places."""
    departments: dict[str, list[Mentor]] = {}
    for mentor in catalog.mentors:
        departments.setdefault(mentor.department, []).append(mentor)
    rows = [_capacity(name, name, mentors) for name, mentors in departments.items()]
    return tuple(sorted(rows, key=lambda row: (-row.free_places, -row.mentors, row.label.casefold())))


def gaps(catalog: Catalog, experts: dict[str, list[Mentor]]) -> tuple[Gap, ...]:
    """Return the vocabulary skills that fewer than two accepting mentors offer."""
    learners = _by_tag(catalog, "learning")
    found = []
    for tag in catalog.vocabulary.tags.values():
        offering = tuple(mentor for mentor in experts[tag.id] if mentor.availability == "accepting")
        if len(offering) < 2:
            found.append(Gap(tag.id, tag.label, tag.group, offering, len(learners[tag.id])))
    return tuple(sorted(found, key=lambda gap: (len(gap.mentors), -gap.learners, gap.label.casefold())))


def program_types(catalog: Catalog) -> tuple[ProgramType, ...]:
    """Return every programme type with its programmes counted by enrolment status."""
    counts = Counter((program.type, program.enrolment_status) for program in catalog.programs)
    return tuple(
        ProgramType(kind, FORMAT_LABELS[kind], tuple(counts[kind, status] for status in ENROLMENT_STATUSES))
        for kind in PROGRAM_TYPES
    )


def _by_tag(catalog: Catalog, field: str) -> dict[str, list[Mentor]]:
    """Return every vocabulary tag -> the mentors whose `field` (expertise or learning) lists it, in one pass."""
    mentors: dict[str, list[Mentor]] = {tag: [] for tag in catalog.vocabulary.tags}
    for mentor in catalog.mentors:
        for tag in mentor.data.get(field) or ():
            mentors.setdefault(tag, []).append(mentor)
    return mentors


def _capacity(key: str, label: str, mentors: list[Mentor], group: str = "") -> Capacity:
    return Capacity(
        key, label, len(mentors),
        sum(1 for mentor in mentors if mentor.availability == "accepting"),
        sum(mentor.open_places for mentor in mentors),
        group,
    )


def _reach(catalog: Catalog, keys, label, by_offset: bool) -> tuple[Reach, ...]:
    mentors: Counter[str] = Counter()
    accepting: Counter[str] = Counter()
    for mentor in catalog.mentors:
        for key in keys(mentor):
            mentors[key] += 1
            accepting[key] += mentor.availability == "accepting"
    rows = [Reach(key, label(key) or key, mentors[key], accepting[key]) for key in mentors]
    if by_offset:
        return tuple(sorted(rows, key=lambda row: (utc_offset_minutes(row.key), row.key)))
    return tuple(sorted(rows, key=lambda row: (-row.mentors, row.label.casefold())))

