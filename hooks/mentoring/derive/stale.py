"""Mentor cards nobody has reviewed for a while, and who to ask about each."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from mentoring.data.model import Catalog, Mentor, Program, months_before

VERIFY_EVERY_MONTHS = 12  # an emergency or crisis number is checked against its source at least once a year
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~@&-])")  # escaped with a backslash, so names show as written


@dataclass(frozen=True)
class StaleCard:
    """A card last reviewed before the cut-off, and its owner."""

    mentor: Mentor

    @property
    def owner(self) -> str:
        """Return '@handle' when the card gives a GitHub handle, else the mentor's name."""
        return f"@{self.mentor.github}" if self.mentor.github else self.mentor.name


def stale_cards(catalog: Catalog, today: datetime.date, months: int) -> list[StaleCard]:
    """Return the cards last reviewed more than `months` months before today, oldest first."""
    stale = [mentor for mentor in catalog.mentors if mentor.is_stale(today, months)]
    return [StaleCard(mentor) for mentor in sorted(stale, key=lambda m: (m.last_reviewed, m.id))]


def unverified_countries(catalog: Catalog, today: datetime.date) -> list[dict]:
    """Return the help routes' countries whose numbers were last checked over a year before today, oldest first."""
    if catalog.support is None:
        return []
    return catalog.support.not_verified_since(months_before(today, VERIFY_EVERY_MONTHS))


def passed_programmes(catalog: Catalog, today: datetime.date) -> list[Program]:
    """Return the programmes whose files still announce as coming a date before today (their pages
    say "Dates to be announced" until the owner updates the file)."""
    return [program for program in catalog.programs if program.has_passed_dates(today)]


def programme_owner(program: Program) -> str:
    """Return '@org/team' when the programme names its GitHub team, else the team's name."""
    owner = program.owner
    return f"@{owner['github']}" if owner.get("github") else owner["team"]


def cutoff(today: datetime.date, months: int) -> datetime.date:
    """Return the oldest review date that still counts as current."""
    return months_before(today, months)


def text_report(cards: list[StaleCard], today: datetime.date, months: int, countries: list[dict] = (), source: str = "",
                programs: list[Program] = ()) -> str:
    """Return one line per stale card, per country whose numbers need checking and per programme
    announcing a passed date, for a terminal, and closing counts."""
    lines = [f"{card.mentor.source}: last reviewed {card.mentor.last_reviewed}; owner {card.owner}" for card in cards]
    if cards:
        lines.append(f"{len(cards)} card{'' if len(cards) == 1 else 's'} last reviewed before {cutoff(today, months)} ({months} months before {today}).")
    else:
        lines.append(f"Every card was reviewed in the {months} months before {today}.")
    lines += [f"{source}: {country['name']} last verified {country['last_verified']}; check its numbers against their sources" for country in countries]
    if countries:
        lines.append(f"{len(countries)} countr{'y' if len(countries) == 1 else 'ies'} in the help routes not verified since {cutoff(today, VERIFY_EVERY_MONTHS)}.")
    lines += [f"{program.source}: announces {_passed(program, today)} as coming; owner {programme_owner(program)}" for program in programs]
    if programs:
        lines.append(f"{len(programs)} programme{'' if len(programs) == 1 else 's'} with dates that have passed: set the next dates, or the status.")
    return "\n".join(lines) + "\n"


def _passed(program: Program, today: datetime.date) -> str:
    """Return the passed dates a programme still announces, as 'starts 2026-05-04'."""
    return ", ".join(f"{key} {value}" for key, value in program.announced_dates().items() if value < today.isoformat())


def markdown_report(cards: list[StaleCard], today: datetime.date, months: int, edit_url=None, countries: list[dict] = (), source: str = "",
                    programs: list[Program] = ()) -> str:
    """Return the body of the monthly issue: a checklist of stale cards naming their owners, then the
    help routes' countries whose numbers need checking.

    edit_url(path) -> link to edit a file, or None for no links.
    """
    return (_cards_markdown(cards, today, months, edit_url) + _countries_markdown(countries, today, source, edit_url)
            + _programmes_markdown(programs, today, edit_url))


def _programmes_markdown(programs: list[Program], today: datetime.date, edit_url) -> str:
    if not programs:
        return ""
    lines = ["", "## Programme dates that have passed", "",
             "These programmes still announce a date that has passed, so their pages say \"Dates to be announced\"."
             " If one is yours: set the next dates under `enrolment`, or change its `status`.", ""]
    for program in programs:
        link = edit_url(program.source) if edit_url else ""
        where = f"[`{program.source}`]({link})" if link else f"`{program.source}`"
        lines.append(f"- [ ] **{_escape(program.name)}** ({where}), announces {_passed(program, today)}: {programme_owner(program)}")
    return "\n".join(lines) + "\n"


def _countries_markdown(countries: list[dict], today: datetime.date, source: str, edit_url) -> str:
    if not countries:
        return ""
    link = edit_url(source) if edit_url else ""
    where = f"[`{source}`]({link})" if link else f"`{source}`"
    lines = ["", "## Help routes to check again", "",
             f"The emergency and crisis numbers of these countries in {where} were last verified more than "
             f"{VERIFY_EVERY_MONTHS} months ago. Check each against its `source` page, correct it if needed, and set `last_verified` to the day you checked.", ""]
    lines += [f"- [ ] **{_escape(country['name'])}**, last verified {country['last_verified']}" for country in countries]
    return "\n".join(lines) + "\n"


def _cards_markdown(cards: list[StaleCard], today: datetime.date, months: int, edit_url) -> str:
    if not cards:
        return (f"Every mentor card was reviewed in the {months} months before {today}. Thank you!\n")
    lines = [
        f"These mentor cards were last reviewed more than {months} months ago (checked on {today}).",
        "",
        "If one is yours: open it, check every field, set `last_reviewed` to today's date and propose the change."
        " If you no longer mentor, delete the file in the same way. Tick your line when the pull request is merged.",
        "",
    ]
    for card in cards:
        mentor = card.mentor
        name = _escape(mentor.name)
        link = edit_url(mentor.source) if edit_url else ""
        where = f"[`{mentor.source}`]({link})" if link else f"`{mentor.source}`"
        owner = card.owner if mentor.github else "no GitHub handle on the card"
        lines.append(f"- [ ] **{name}** ({where}), last reviewed {mentor.last_reviewed}: {owner}")
    lines += ["", f"_{len(cards)} card{'' if len(cards) == 1 else 's'}. This list is rewritten every month by `mentoring stale`._"]
    return "\n".join(lines) + "\n"


def json_report(cards: list[StaleCard], today: datetime.date, months: int, countries: list[dict] = (), programs: list[Program] = ()) -> dict:
    """Return the stale cards, and the help routes' countries to check again, as data, for scripts."""
    return {
        "today": today.isoformat(),
        "months": months,
        "cutoff": cutoff(today, months).isoformat(),
        "stale": [
            {"id": card.mentor.id, "name": card.mentor.name, "path": card.mentor.source,
             "last_reviewed": card.mentor.last_reviewed, "github": card.mentor.github}
            for card in cards
        ],
        "help_routes_to_verify": [
            {"code": country["code"], "name": country["name"], "last_verified": country["last_verified"]} for country in countries
        ],
        "programme_dates_passed": [
            {"id": program.id, "name": program.name, "path": program.source, "owner": programme_owner(program),
             "passed": {key: value for key, value in program.announced_dates().items() if value < today.isoformat()}}
            for program in programs
        ],
    }


def _escape(text: str) -> str:
    """Return text that Markdown shows as written (no emphasis, links or HTML)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
