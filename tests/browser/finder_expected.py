"""What the directory's filters and the match helper should show, worked out from the card files.

Written apart from the site's code on purpose: the cards are read with plain PyYAML, time zones
with zoneinfo, and the rules are re-stated here from the issue, so a shared mistake cannot hide.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

import yaml

MULTI = ("expertise", "languages", "formats", "programs")
FACETS = ("expertise", "department", "languages", "formats", "programs", "timezone", "accepting")
JANUARY = datetime.datetime(2026, 1, 15, 12, 0)  # the fixed reference day of the bands
BANDS = {"utc-12..-6": (-12, -6), "utc-5..-3": (-5, -3), "utc-2..+2": (-2, 2), "utc+3..+6": (3, 6), "utc+7..+14": (7, 14)}
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FORMAT_LABELS = {"one-on-one": "One-on-one", "group": "Group", "reverse": "Reverse", "peer": "Peer", "flash": "Flash"}


@dataclass
class Card:
    """One card as the filters see it."""

    data: dict
    values: dict[str, set[str]] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def free(self) -> int:
        return max(self.data["capacity"] - self.data["active_mentees"], 0)

    @property
    def has_a_free_place(self) -> bool:
        return self.data.get("accepting", True) and self.free > 0

    @property
    def offset(self) -> int:
        return int(JANUARY.replace(tzinfo=zoneinfo.ZoneInfo(self.data["timezone"])).utcoffset().total_seconds() // 60)


def read_cards(root: Path) -> list[Card]:
    """Read every content/mentors/*.yml under root."""
    cards = []
    for path in sorted((root / "content" / "mentors").glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        card = Card(data)
        hours = int(card.offset / 60)  # whole hours, towards zero
        card.values = {name: set(data.get(name) or ()) for name in MULTI}
        card.values["department"] = {data["department"]}
        card.values["timezone"] = {band for band, (low, high) in BANDS.items() if low <= hours <= high}
        card.values["accepting"] = {"true"} if card.has_a_free_place else set()
        text = unicodedata.normalize("NFKD", f"{data['name']} {data['title']} {data['bio']}".lower())
        card.words = re.findall(r"[^\W_]+", "".join(c for c in text if not unicodedata.combining(c)))
        cards.append(card)
    return cards


def matches(card: Card, selection: dict[str, list[str]], search: str = "", skip: str | None = None) -> bool:
    """OR within a facet, AND across facets; every searched word starts some word of the card."""
    for name, values in selection.items():
        if name != skip and values and not card.values[name] & set(values):
            return False
    return all(any(word.startswith(query) for word in card.words) for query in search.lower().split())


def expected_ids(cards: list[Card], selection: dict, search: str = "") -> list[str]:
    """The ids of the cards the selection shows, sorted."""
    return sorted(card.id for card in cards if matches(card, selection, search))


def expected_counts(cards: list[Card], selection: dict, search: str = "") -> dict[tuple[str, str], int]:
    """For every value some card has: the result size with it added, or, when selected,
    how many cards match the other facets and have it."""
    counts = {}
    for name in FACETS:
        chosen = set(selection.get(name, ()))
        for value in sorted({v for card in cards for v in card.values[name]}):
            if value in chosen:
                counts[name, value] = sum(1 for c in cards if matches(c, selection, search, skip=name) and value in c.values[name])
            else:
                widened = {**selection, name: [*chosen, value]}
                counts[name, value] = sum(1 for c in cards if matches(c, widened, search))
    return counts


def card_tags(card: Card, selection: dict, tags: dict[str, str], limit: int) -> list[tuple[str, bool]]:
    """The skills a card shows as (label, matches the filter): those the expertise filter asks for
    first, in the card's order, then its others in order, `limit` in all unless more match."""
    wanted = set(selection.get("expertise", ()))
    matching = [tag for tag in card.data["expertise"] if tag in wanted]
    others = [tag for tag in card.data["expertise"] if tag not in wanted][:max(limit - len(matching), 0)]
    return [(tags[tag], True) for tag in matching] + [(tags[tag], False) for tag in others]


@dataclass(frozen=True)
class Wish:
    """A mentee's wishes in the match helper."""

    learn: tuple[str, ...]
    languages: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    program: str = ""
    offset: int | None = None  # minutes east of UTC
    teach: tuple[str, ...] = ()
    switches: tuple[str, ...] = ()  # the criteria whose must switch is ticked

    def fragment(self) -> str:
        parts = {"learn": self.learn, "languages": self.languages, "formats": self.formats, "teach": self.teach, "switch": self.switches}
        text = "&".join(f"{name}={','.join(values)}" for name, values in parts.items() if values)
        text += f"&programs={self.program}" if self.program else ""
        return text + (f"&timezone={self.offset}" if self.offset is not None else "")


@dataclass
class Vocabulary:
    tags: dict[str, str]
    languages: dict[str, str]
    programs: dict[str, str]
    weights: dict

    @classmethod
    def read(cls, project: Path, root: Path) -> Vocabulary:
        schemas = project / "schemas"
        read = lambda path: yaml.safe_load(path.read_text(encoding="utf-8"))  # noqa: E731
        programs = {p["id"]: p["name"] for p in map(read, sorted((root / "programs").glob("*.yml")))}
        return cls(
            {tag: entry["label"] for tag, entry in read(schemas / "expertise.yml").items()},
            {str(code): name for code, name in read(schemas / "languages.yml").items()},
            programs,
            read(schemas / "match-weights.yml"),
        )


def _names(labels: list[str], conjunction: str) -> str:
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} {conjunction} {labels[-1]}"


def _offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "\u2212"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _hours(minutes: int) -> str:
    if minutes == 0:
        return "your time zone"
    hours = minutes / 60
    text = f"{round(hours, 2):g}"
    return f"{text} {'hour' if hours == 1 else 'hours'} from you"


def in_order(values, order) -> list[str]:
    """Values in the order of `order` (the vocabulary's for topics), as the page lists them."""
    position = {value: number for number, value in enumerate(order)}
    return sorted(values, key=position.__getitem__)


def reasons(card: Card, wish: Wish, words: Vocabulary) -> list[tuple[bool, str, float, str]]:
    """Each wish the mentor meets or not, in the order the page lists them, with its points and its criterion."""
    w = {name: entry["weight"] for name, entry in words.weights.items()}
    data, found = card.data, []
    wish = Wish(in_order(wish.learn, words.tags), tuple(sorted(wish.languages)), in_order(wish.formats, FORMAT_LABELS),
                wish.program, wish.offset, in_order(wish.teach, words.tags), wish.switches)
    for tag in wish.learn:
        met = tag in data["expertise"]
        found.append((met, f"{'Teaches' if met else 'Does not list'} {words.tags[tag]}", w["learn"], "learn"))
    if wish.languages:
        shared = [code for code in wish.languages if code in data["languages"]]
        text = f"Speaks {_names([words.languages[c] for c in shared], 'and')}" if shared else f"Does not speak {_names([words.languages[c] for c in wish.languages], 'or')}"
        found.append((bool(shared), text, w["languages"], "languages"))
    if wish.offset is not None:
        apart = abs(card.offset - wish.offset)
        apart = min(apart, 24 * 60 - apart)
        found.append((apart <= words.weights["timezone"]["within_hours"] * 60, f"{_offset(card.offset)}, {_hours(apart)}", w["timezone"], "timezone"))
    if wish.formats:
        offered = [f for f in wish.formats if f in data["formats"]]
        text = f"Offers {_names([FORMAT_LABELS[f] for f in offered], 'and')}" if offered else f"Does not offer {_names([FORMAT_LABELS[f] for f in wish.formats], 'or')}"
        found.append((bool(offered), text, w["formats"], "formats"))
    if wish.program:
        met = wish.program in data["programs"]
        found.append((met, f"{'Mentors in' if met else 'Not in'} {words.programs[wish.program]}", w["programs"], "programs"))
    if wish.teach:
        wanted = [tag for tag in data.get("learning") or () if tag in wish.teach]
        text = f"Wants to learn {_names([words.tags[t] for t in wanted], 'and')}, which you can teach" if wanted else "Wants to learn none of the topics you can teach"
        found.append((bool(wanted), text, w["teach"], "teach"))
    return found


def musts(wish: Wish, words: Vocabulary) -> set[str]:
    """The criteria a mentor must meet to be suggested, read from the weights' `required`: a wish the
    mentee gave, a must unless its switch is ticked (`wish-given`) or only when it is (`switch-on`)."""
    given = {"learn": wish.learn, "languages": wish.languages, "timezone": wish.offset is not None,
             "formats": wish.formats, "programs": wish.program, "teach": wish.teach}
    return {name for name, entry in words.weights.items()
            if "required" in entry and given[name] and (entry["required"]["when"] == "wish-given") != (name in wish.switches)}


def ranking(cards: list[Card], wish: Wish, words: Vocabulary) -> list[tuple[Card, float, list]]:
    """Mentors with a free place who teach a wished topic and meet every must: score down, free places down, name, id."""
    ranked, rules = [], musts(wish, words)
    for card in cards:
        if not card.has_a_free_place or not set(wish.learn) & set(card.data["expertise"]):
            continue
        lines = reasons(card, wish, words)
        if any(not met for met, _, _, criterion in lines if criterion in rules):
            continue
        ranked.append((card, sum(points for met, _, points, _ in lines if met), lines))
    return sorted(ranked, key=lambda row: (-row[1], -row[0].free, row[0].data["name"].lower(), row[0].id))


def left_out(cards: list[Card], wish: Wish, words: Vocabulary) -> int:
    """How many mentors with a free place teach a wished topic but miss a must."""
    everyone = ranking(cards, Wish(**{**wish.__dict__, "switches": ()}), Vocabulary(words.tags, words.languages, words.programs, {
        name: {key: value for key, value in entry.items() if key != "required"} for name, entry in words.weights.items()}))
    return len(everyone) - len(ranking(cards, wish, words))


def most_points(wish: Wish, words: Vocabulary) -> float:
    w = {name: entry["weight"] for name, entry in words.weights.items()}
    return (w["learn"] * len(wish.learn) + (w["languages"] if wish.languages else 0) + (w["timezone"] if wish.offset is not None else 0)
            + (w["formats"] if wish.formats else 0) + (w["programs"] if wish.program else 0) + (w["teach"] if wish.teach else 0))


def swaps(cards: list[Card], wish: Wish, words: Vocabulary) -> list[tuple[str, list[str], list[str]]]:
    """(id, what they teach you, what they want from you) for everyone who can swap both ways."""
    found = []
    for card in cards:
        gets = [tag for tag in in_order(wish.learn, words.tags) if tag in card.data["expertise"]]
        gives = [tag for tag in card.data.get("learning") or () if tag in wish.teach]
        if gets and gives:
            found.append((card, gets, gives))
    found.sort(key=lambda row: (-len(row[1]) - len(row[2]), row[0].data["name"].lower(), row[0].id))
    return [(card.id, gets, gives) for card, gets, gives in found]
