"""The validated data as objects: mentors, programmes, guides, and the catalogue of all three."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

from mentoring.data.vocabulary import Vocabulary


# The enrolment dates each status announces as coming (opens is history once sign-ups are open).
ANNOUNCED_DATES = {"upcoming": ("opens", "closes", "starts"), "open": ("closes", "starts"), "rolling": ("starts",), "closed": ("starts",)}


def months_before(day: datetime.date, months: int) -> datetime.date:
    """Return the date `months` calendar months before day (clamped to the month's end)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class DataField:
    """A field of the file's data, read as an attribute; an optional field the file leaves out reads as None.

    Each record class declares its schema's fields with it (a test keeps the two lists the same),
    so a misspelt attribute is an error instead of a silent None.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, record: Record | None, owner: type | None = None):
        return self if record is None else record.data.get(self.name)


@dataclass
class Record:
    """One YAML data file, valid against its schema."""

    data: dict
    source: str  # the file's path relative to the repository root

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def name(self) -> str:
        return self.data["name"]

    @classmethod
    def data_fields(cls) -> set[str]:
        """Return the names of the fields this kind of record reads from its file."""
        return {name for name in dir(cls) if isinstance(getattr(cls, name), DataField)} | {"id", "name"}


class Mentor(Record):
    """One mentor card."""

    pronouns = DataField()
    title = DataField()
    department = DataField()
    location = DataField()
    timezone = DataField()
    languages = DataField()
    expertise = DataField()
    learning = DataField()
    formats = DataField()
    programs = DataField()
    capacity = DataField()
    active_mentees = DataField()
    bio = DataField()
    contact = DataField()
    photo = DataField()
    last_reviewed = DataField()
    github = DataField()

    @property
    def accepting(self) -> bool:
        return self.data.get("accepting", True)

    @classmethod
    def data_fields(cls) -> set[str]:
        return super().data_fields() | {"accepting"}

    @property
    def free_capacity(self) -> int:
        return max(self.data["capacity"] - self.data["active_mentees"], 0)

    @property
    def open_places(self) -> int:
        """Return the places a mentee can take now: the free capacity of an accepting mentor, else 0."""
        return self.free_capacity if self.availability == "accepting" else 0

    @functools.cached_property  # a card does not change once loaded, and pages ask often
    def availability(self) -> str:
        """Return 'paused', 'full' or 'accepting'."""
        if not self.accepting:
            return "paused"
        return "accepting" if self.free_capacity > 0 else "full"

    @property
    def last_reviewed_date(self) -> datetime.date:
        return datetime.date.fromisoformat(self.data["last_reviewed"])

    def is_stale(self, today: datetime.date, months: int) -> bool:
        """Return True when the card was last reviewed more than `months` months before today."""
        return self.last_reviewed_date < months_before(today, months)


class Program(Record):
    """One programme definition."""

    type = DataField()
    summary = DataField()
    description = DataField()
    audience = DataField()
    eligibility = DataField()
    duration = DataField()
    cadence = DataField()
    commitment = DataField()
    enrolment = DataField()
    how_to_join = DataField()
    goals = DataField()
    kpis = DataField()
    hallmarks = DataField()
    safety_net = DataField()
    mentor_training = DataField()
    owner = DataField()
    last_reviewed = DataField()

    @property
    def enrolment_status(self) -> str:
        return self.data["enrolment"]["status"]

    @property
    def is_open(self) -> bool:
        """Return True when people can sign up now (open or rolling enrolment)."""
        return self.enrolment_status in ("open", "rolling")

    def announced_dates(self) -> dict[str, str]:
        """Return the enrolment dates its status announces as coming: when sign-ups open (upcoming),
        close (open or upcoming) and the next cohort starts (any status)."""
        enrolment = self.data["enrolment"]
        return {key: enrolment[key] for key in ANNOUNCED_DATES[self.enrolment_status] if enrolment.get(key)}

    def enrolment_dates(self, today: datetime.date) -> dict[str, str]:
        """Return the announced enrolment dates that are still to come on `today` (today included)."""
        return {key: value for key, value in self.announced_dates().items() if value >= today.isoformat()}

    def has_passed_dates(self, today: datetime.date) -> bool:
        """Return True when the file announces as coming a date that is before `today`."""
        return any(value < today.isoformat() for value in self.announced_dates().values())


@dataclass
class Guide:
    """One guide: its front matter, Markdown body and where it came from."""

    slug: str
    lang: str
    meta: dict
    body: str
    source: str

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def audience(self) -> str:
        return self.meta["audience"]

    @property
    def order(self) -> int:
        return self.meta["order"]


@dataclass
class Catalog:
    """Everything the site is built from, after validation."""

    vocabulary: Vocabulary
    mentors: list[Mentor] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)

    def program(self, program_id: str) -> Program | None:
        return next((program for program in self.programs if program.id == program_id), None)

    def mentors_in(self, program_id: str) -> list[Mentor]:
        """Return the mentors whose cards name the programme."""
        return list(self._mentors_by_program.get(program_id, ()))

    @functools.cached_property  # the catalogue does not change once loaded
    def _mentors_by_program(self) -> dict[str, list[Mentor]]:
        by_program: dict[str, list[Mentor]] = {}
        for mentor in self.mentors:
            for program_id in mentor.data["programs"]:
                by_program.setdefault(program_id, []).append(mentor)
        return by_program

    def programs_serving(self, hallmark_id: str) -> list[Program]:
        return [program for program in self.programs if hallmark_id in program.data["hallmarks"]]

    def translations(self, slug: str) -> list[Guide]:
        """Return every language version of a guide, English first."""
        return sorted((guide for guide in self.guides if guide.slug == slug), key=lambda g: (g.lang != "en", g.lang))
