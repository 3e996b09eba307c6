"""Write schemas/language-names.yml: each language of schemas/languages.yml by its own name, from CLDR.

The card builder finds a language by its English name (languages.yml), its code, or the name a speaker
gives it ("Español", "Italiano", "Deutsch"). The names come from the Unicode CLDR as the pinned Babel
package carries it; languages CLDR does not name in themselves are left out. Run
`.venv/bin/python -m tools.write_language_names` after changing languages.yml or the Babel pin;
tests/unit/test_language_names.py fails until you do.
"""

from __future__ import annotations

import babel
import yaml
from babel import Locale, UnknownLocaleError

from mentoring.data.layout import PROJECT_SCHEMAS

NAMES_FILE = PROJECT_SCHEMAS / "language-names.yml"


def native_names(codes) -> dict[str, str]:
    """Return {code: the language's name in itself} for the codes CLDR names that way."""
    found = {}
    for code in codes:
        try:
            name = Locale.parse(code).languages.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            found[code] = name
    return found


def names_text(codes) -> str:
    """Return the text of language-names.yml for the codes."""
    header = (
        "# Each language of languages.yml by its own name, from the Unicode CLDR (Babel "
        f"{babel.__version__}), so the card\n# builder finds 'Español' as es. Written by "
        "`.venv/bin/python -m tools.write_language_names`; do not edit by hand.\n"
    )
    body = "".join(f'"{code}": {yaml.safe_dump(name, allow_unicode=True).strip().removesuffix("...").strip()}\n'
                   for code, name in native_names(codes).items())
    return header + body


def main() -> None:
    codes = yaml.safe_load((PROJECT_SCHEMAS / "languages.yml").read_text(encoding="utf-8"))
    NAMES_FILE.write_text(names_text(codes), encoding="utf-8")
    print(f"wrote {NAMES_FILE}")


if __name__ == "__main__":
    main()
