"""Mentor cards nobody has reviewed for a while, and who to ask about each."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from mentoring.data.model import Catalog, Mentor, months_before

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


def cutoff(today: datetime.date, months: int) -> datetime.date:
    """Return the oldest review date that still counts as current."""
    return months_before(today, months)


def text_report(cards: list[StaleCard], today: datetime.date, months: int, countries: list[dict] = (), source: str = "") -> str:
    """Return one line per stale card, and per country whose numbers need checking, for a terminal, and closing counts."""
    lines = [f"{card.mentor.source}: last reviewed {card.mentor.last_reviewed}; owner {card.owner}" for card in cards]
    if cards:
        lines.append(f"{len(cards)} card{'' if len(cards) == 1 else 's'} last reviewed before {cutoff(today, months)} ({months} months before {today}).")
    else:
        lines.append(f"Every card was reviewed in the {months} months before {today}.")
    lines += [f"{source}: {country['name']} last verified {country['last_verified']}; check its numbers against their sources" for country in countries]
    if countries:
        lines.append(f"{len(countries)} countr{'y' if len(countries) == 1 else 'ies'} in the help routes not verified since {cutoff(today, VERIFY_EVERY_MONTHS)}.")
    return "\n".join(lines) + "\n"


def markdown_report(cards: list[StaleCard], today: datetime.date, months: int, edit_url=None, countries: list[dict] = (), source: str = "") -> str:
    """Return the body of the monthly issue: a checklist of stale cards naming their owners, then the
    help routes' countries whose numbers need checking.

    edit_url(path) -> link to edit a file, or None for no links.
    """
    return _cards_markdown(cards, today, months, edit_url) + _countries_markdown(countries, today, source, edit_url)


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


def json_report(cards: list[StaleCard], today: datetime.date, months: int, countries: list[dict] = ()) -> dict:
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
    }


def _escape(text: str) -> str:
    """Return text that Markdown shows as written (no emphasis, links or HTML)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
