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
        # Numbered in the order swaps of the same strength are listed (by name, then id), so that
        # the lowest numbers in a bit mask are the first ones to show.
        self._ranked = sorted(self.people, key=lambda person: (person.name.lower(), person.id))
        self._expertise = [frozenset(person.expertise) for person in self._ranked]
        self._learning = [tuple(person.learning or ()) for person in self._ranked]
        self._numbers = {person.id: number for number, person in enumerate(self._ranked) if person.id}
        # For each tag, everyone who wants to learn it and everyone who knows it, as bit masks over
        # self._ranked: a big organisation's look-ups are then a few ORs and ANDs, done in C.
        self._learners: dict[str, int] = {}
        self._knowers: dict[str, int] = {}
        for number, (learning, expertise) in enumerate(zip(self._learning, self._expertise)):
            for tag in frozenset(learning):
                self._learners[tag] = self._learners.get(tag, 0) | 1 << number
            for tag in expertise:
                self._knowers[tag] = self._knowers.get(tag, 0) | 1 << number

    def strongest_swaps(self, person: Person, count: int | None) -> tuple[list[Swap], int]:
        """Return the `count` strongest swaps for person (all when None) and how many there are.

        Swaps are everyone who can swap knowledge with person both ways, strongest first, then by
        name; each names the tags each way, in the order the other side lists them.
        """
        learning, expertise = tuple(person.learning or ()), frozenset(person.expertise)
        if not learning or not expertise:
            return [], 0
        # Those who want to learn something person knows and know something person wants, and for
        # everyone how many tags they share with person (the swap's strength), one bit mask per
        # binary digit of that number.
        strength, learners, knowers = _Tally(), 0, 0
        for tag in expertise:
            learners |= strength.add(self._learners.get(tag, 0))
        for tag in frozenset(learning):
            knowers |= strength.add(self._knowers.get(tag, 0))
        partners = learners & knowers
        if person.id in self._numbers:
            partners &= ~(1 << self._numbers[person.id])
        chosen: list[int] = []
        left = partners
        while left and (count is None or len(chosen) < count):
            strongest = strength.strongest(left)
            chosen += _set_bits(strongest, None if count is None else count - len(chosen))
            left &= ~strongest
        swaps = [
            Swap(
                self._ranked[number],
                gives=tuple(tag for tag in self._learning[number] if tag in expertise),
                gets=tuple(tag for tag in learning if tag in self._expertise[number]),
            )
            for number in chosen
        ]
        return swaps, partners.bit_count()


class _Tally:
    """A count for everyone, kept as bit masks: `planes[i]` holds bit i of each person's count."""

    def __init__(self) -> None:
        self.planes: list[int] = []

    def add(self, mask: int) -> int:
        """Add one to the count of everyone in mask; return mask."""
        carry = mask
        for index, plane in enumerate(self.planes):
            if not carry:
                break
            self.planes[index], carry = plane ^ carry, plane & carry
        if carry:
            self.planes.append(carry)
        return mask

    def strongest(self, among: int) -> int:
        """Return the mask of those in `among` (not empty) with the highest count."""
        for plane in reversed(self.planes):
            if among & plane:
                among &= plane
        return among


def _set_bits(mask: int, limit: int | None) -> list[int]:
    """Return the positions of the lowest `limit` 1 bits in mask (all when None), lowest first."""
    positions: list[int] = []
    while mask and (limit is None or len(positions) < limit):
        lowest = mask & -mask
        positions.append(lowest.bit_length() - 1)
        mask ^= lowest
    return positions
