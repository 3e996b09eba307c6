"""Write the joiner rule into schemas/*.schema.json: where a zero-width joiner or non-joiner may stand in a name.

Persian writes U+200C (zero-width non-joiner) inside ordinary words, several Indic scripts need U+200D
(zero-width joiner) after a virama, and emoji such as the family are joined by U+200D. The rule allows
them exactly there: IDNA2008's CONTEXTJ rules (RFC 5892, Appendix A.1 and A.2) and emoji ZWJ sequences
(Unicode TR 51: an emoji, optionally with a skin tone or U+FE0F, joined to the next emoji). It is one
regular expression in the schemas' `$defs/joiners`, so `mentoring validate`, the card builder (Ajv
compiles the schema) and YAML editors read the same rule. Every other invisible character stays refused
by the fields' own patterns.

The Unicode tables come from the pinned `regex` package (its Unicode Character Database). Run
`.venv/bin/python -m tools.write_joiner_rule` after changing that pin; `--check` exits 1 when a schema differs.
"""

from __future__ import annotations

import json
import re
import sys

import regex

from mentoring.data.layout import PROJECT_SCHEMAS

# The schemas whose names and titles carry the rule, with the field that refers to it.
SCHEMAS = ("mentor", "program", "guide")
HINT = (
    "keep a zero-width joiner (U+200D) or non-joiner (U+200C) only inside a word whose script needs it, or"
    " inside an emoji; delete the one that stands anywhere else"
)
_DEFS_START = re.compile(r'^  "\$defs": \{\n', re.MULTILINE)
_JOINERS_LINE = re.compile(r'^    "joiners": .*?(,?)\n', re.MULTILINE)


def code_points(prop: str) -> set[int]:
    """Return the code points with a Unicode property, as `regex` reads \\p{prop}."""
    test = regex.compile(rf"\p{{{prop}}}")
    return {cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and test.match(chr(cp))}


def char_class(points: set[int]) -> str:
    """Return a regex character class for points that reads the same in JavaScript (flag u) and Python.

    Code points above U+FFFF are written as themselves: the two languages escape them differently.
    """
    ranges, start, previous = [], None, None
    for cp in sorted(points):
        if start is not None and cp == previous + 1 and (cp > 0xFFFF) == (start > 0xFFFF):
            previous = cp
            continue
        if start is not None:
            ranges.append((start, previous))
        start = previous = cp
    if start is not None:
        ranges.append((start, previous))

    def one(cp: int) -> str:
        return chr(cp) if cp > 0xFFFF else f"\\u{cp:04x}"

    return "[" + "".join(one(a) if a == b else f"{one(a)}-{one(b)}" for a, b in ranges) + "]"


def joiner_pattern() -> str:
    """Return the pattern: every U+200C and U+200D stands where CONTEXTJ or an emoji ZWJ sequence allows it."""
    virama = code_points("Canonical_Combining_Class=Virama")
    left = code_points("Joining_Type=Left_Joining") | code_points("Joining_Type=Dual_Joining")
    right = code_points("Joining_Type=Right_Joining") | code_points("Joining_Type=Dual_Joining")
    transparent = code_points("Joining_Type=Transparent")
    emoji = code_points("Extended_Pictographic")
    modifier = code_points("Emoji_Modifier")
    v, t, e = char_class(virama), char_class(transparent), char_class(emoji)
    # A.1 and A.2: after a virama. Written as a look-behind of one character, so a joiner after a
    # virama has one reading only (the text never needs backtracking over several readings).
    after_virama = f"(?<={v})[\\u200c\\u200d]"
    # A.1: (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D}); the left
    # part is matched here, so it ends in a transparent character that is not a virama (that is A.2's case).
    between_joining = f"{char_class(left)}(?:{t}*{char_class(transparent - virama)})?\\u200c(?={t}*{char_class(right)})"
    in_emoji = f"(?:(?<={char_class(emoji | modifier)})|(?<={e}\\ufe0f))\\u200d(?={e})"
    # Most names hold no joiner: the first branch says so in one quick scan ((?![\\s\\S]) is the end of the
    # text in JavaScript and Python alike, where '$' differs).
    return f"^(?:[^\\u200c\\u200d]*(?![\\s\\S])|(?:[^\\u200c\\u200d]|{after_virama}|{between_joining}|{in_emoji})*)$"


def joiners_definition() -> dict:
    """Return the schemas' `$defs/joiners` entry: the rule, with its message in plain words."""
    return {
        "$comment": "Written by tools/write_joiner_rule.py from the Unicode tables of the pinned regex package; do not edit by hand.",
        "pattern": joiner_pattern(),
        "patternErrorMessage": HINT,
        "x-hint": HINT,
    }


def with_rule_written(text: str, definition: dict) -> str:
    """Return a schema file's text with its `$defs/joiners` line written; `$defs` is added before "properties" when missing."""
    line = f'    "joiners": {json.dumps(definition, ensure_ascii=False)},\n'
    if (found := _JOINERS_LINE.search(text)) is not None:
        return text[: found.start()] + (line if found.group(1) else line.replace("},\n", "}\n")) + text[found.end() :]
    if _DEFS_START.search(text):
        at = _DEFS_START.search(text).end()
        return text[:at] + line + text[at:]
    at = text.index('  "properties": {')
    return text[:at] + '  "$defs": {\n' + line.rstrip(",\n") + "\n  },\n" + text[at:]


def main(argv: list[str]) -> int:
    definition = joiners_definition()
    stale = []
    for kind in SCHEMAS:
        path = PROJECT_SCHEMAS / f"{kind}.schema.json"
        text = path.read_text(encoding="utf-8")
        if json.loads(text).get("$defs", {}).get("joiners") == definition:
            continue
        stale.append(path.name)
        if "--check" not in argv:
            path.write_text(with_rule_written(text, definition), encoding="utf-8")
    if stale and "--check" in argv:
        print(f"the joiner rule is out of date in {', '.join(stale)}; run .venv/bin/python -m tools.write_joiner_rule")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
