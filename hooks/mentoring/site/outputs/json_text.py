"""JSON the site publishes, written so that no text inside it can end a <script> element or an HTML comment."""

from __future__ import annotations

import json

# '<', '>' and '&' could close a script element or open a comment; U+2028 and U+2029 end a line in
# older JavaScript. As \\u escapes they stay the same JSON strings.
_ESCAPES = {char: f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029"}
_TABLE = str.maketrans(_ESCAPES)


def html_safe(json_text: str) -> str:
    """Return JSON text with the characters that matter to HTML written as \\u escapes."""
    return json_text.translate(_TABLE)


def compact_json(payload: object) -> str:
    """Return payload as JSON without spaces, safe inside HTML and in files scripts read."""
    return html_safe(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
