"""Two-way matches for reverse and peer mentoring: people who can swap knowledge both ways.

A and B can swap when A can teach B something on B's `learning` list and B can teach A something
on A's. A person is anything with `expertise` and `learning` tag lists: a mentor card, or the
wishes a mentee gives the match helper ("I want to learn X and can teach Y").
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence


class Person(Protocol):
    """What a two-way match needs to know about someone."""

    id: str
    name: str
    expertise: Sequence[str]
    learning: Sequence[str] | None


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
        self._learning_sets = [frozenset(learning) for learning in self._learning]
        self._order = [(person.name.lower(), person.id) for person in self.people]
        self._numbers = {person.id: number for number, person in enumerate(self.people) if person.id}
        # For each tag, everyone who wants to learn it and everyone who knows it, as bit masks over
        # self.people: a big organisation's look-ups are then a few ORs and one AND, done in C.
        self._learners: dict[str, int] = {}
        self._knowers: dict[str, int] = {}
        for number, (learning, expertise) in enumerate(zip(self._learning_sets, self._expertise)):
            for tag in learning:
                self._learners[tag] = self._learners.get(tag, 0) | 1 << number
            for tag in expertise:
                self._knowers[tag] = self._knowers.get(tag, 0) | 1 << number

    def swaps(self, person: Person) -> list[Swap]:
        """Return everyone who can swap knowledge with person both ways, strongest first, then by name.

        Each swap names the tags each way, in the order the other side lists them.
        """
        return self.strongest_swaps(person, None)[0]

    def strongest_swaps(self, person: Person, count: int | None) -> tuple[list[Swap], int]:
        """Return the `count` strongest swaps for person (all when None), in swaps() order, and how many there are."""
        learning, expertise = tuple(person.learning or ()), frozenset(person.expertise)
        if not learning or not expertise:
            return [], 0
        wanted = frozenset(learning)
        # Those who want to learn something person knows and know something person wants.
        partners = 0
        for tag in expertise:
            partners |= self._learners.get(tag, 0)
        knowers = 0
        for tag in wanted:
            knowers |= self._knowers.get(tag, 0)
        partners &= knowers
        if person.id in self._numbers:
            partners &= ~(1 << self._numbers[person.id])
        numbers = _set_bits(partners)

        def rank(number: int) -> tuple:
            shared = len(self._learning_sets[number] & expertise) + len(wanted & self._expertise[number])
            return (-shared, *self._order[number])

        chosen = sorted(numbers, key=rank) if count is None else heapq.nsmallest(count, numbers, key=rank)
        swaps = [
            Swap(
                self.people[number],
                gives=tuple(tag for tag in self._learning[number] if tag in expertise),
                gets=tuple(tag for tag in learning if tag in self._expertise[number]),
            )
            for number in chosen
        ]
        return swaps, len(numbers)


def _set_bits(mask: int) -> list[int]:
    """Return the positions of the 1 bits in mask, lowest first."""
    digits = bin(mask)[:1:-1]  # the binary digits, least significant first, without '0b'
    positions, at = [], digits.find("1")
    while at != -1:
        positions.append(at)
        at = digits.find("1", at + 1)
    return positions
