"""Two-way matches for reverse and peer mentoring: people who can swap knowledge both ways.

A and B can swap when A can teach B something on B's `learning` list and B can teach A something
on A's. A person is anything with `expertise` and `learning` tag lists: a mentor card, or the
wishes a mentee gives the match helper ("I want to learn X and can teach Y").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence


class Person(Protocol):
    """What a two-way match needs to know about someone."""

    id: str
    name: str
    expertise: Sequence[str]
    learning: Sequence[str] | None


@dataclass(frozen=True)
class Wishes:
    """A mentee's side of a swap: what they want to learn and what they can teach."""

    learning: tuple[str, ...]
    expertise: tuple[str, ...] = ()
    id: str = ""
    name: str = "You"


@dataclass(frozen=True)
class Swap:
    """One two-way match, seen from `person`'s side."""

    partner: Person
    gives: tuple[str, ...]  # what the person can teach the partner (from the partner's learning list)
    gets: tuple[str, ...]  # what the partner can teach the person (from the person's learning list)

    @property
    def strength(self) -> int:
        return len(self.gives) + len(self.gets)


class SwapIndex:
    """People indexed by what they want to learn, for many look-ups (every profile of a big site)."""

    def __init__(self, people: Iterable[Person]):
        self.people = list(people)
        self._expertise = [frozenset(person.expertise) for person in self.people]
        self._learning = [tuple(person.learning or ()) for person in self.people]
        self._order = [(person.name.lower(), person.id) for person in self.people]
        self._learners: dict[str, list[int]] = {}
        for number, learning in enumerate(self._learning):
            for tag in learning:
                self._learners.setdefault(tag, []).append(number)

    def swaps(self, person: Person) -> list[Swap]:
        """Return everyone who can swap knowledge with person both ways, strongest first, then by name.

        Each swap names the tags each way, in the order the other side lists them.
        """
        learning, expertise = tuple(person.learning or ()), frozenset(person.expertise)
        if not learning or not expertise:
            return []
        wanted = frozenset(learning)
        # Those who want to learn something person knows, then those of them who know something person wants.
        candidates = set().union(*(self._learners.get(tag, ()) for tag in expertise))
        found = []
        for number in candidates:
            theirs = self._expertise[number]
            if wanted.isdisjoint(theirs) or (person.id and self.people[number].id == person.id):
                continue
            gives = tuple(tag for tag in self._learning[number] if tag in expertise)
            gets = tuple(tag for tag in learning if tag in theirs)
            found.append(((-len(gives) - len(gets), *self._order[number]), Swap(self.people[number], gives, gets)))
        found.sort(key=lambda pair: pair[0])
        return [swap for _, swap in found]


def two_way_matches(person: Person, people: Iterable[Person]) -> list[Swap]:
    """Return the people who can swap knowledge with person both ways (see SwapIndex.swaps)."""
    return SwapIndex(people).swaps(person)
