"""Find the raw HTML a guide may not use, with the position of each piece.

Guides are Markdown written by the team, and Markdown lets raw HTML through. A guide may use
harmless inline HTML such as <kbd>, but nothing that runs script, embeds another page, restyles or
reloads the site, collects input, or loads anything from another host. Code blocks and `code
spans` show text, and HTML comments are never shown (the sanitiser keeps them comments), so they are
left out of the search; a comment ends where a browser ends it, so `<!--><script>` is still found. The rendered guide is sanitised as well
(markup.clean_guide_html): this check is there to tell the writer, at the right line, before the
sanitiser silently drops what they wrote.
"""

from __future__ import annotations

import html
import re

from mentoring.data.problems import Problem, TextPositions

_ELEMENT_ADVICE = {
    "script": "the site runs only its own scripts; describe the step in words, or show code in a ``` code block",
    "iframe": "the site embeds no other pages; link to the page instead, like [its title](https://...)",
    "frame": "the site embeds no other pages; link to the page instead, like [its title](https://...)",
    "frameset": "the site embeds no other pages; link to the page instead, like [its title](https://...)",
    "object": "the site embeds no plugins or other pages; link to the file or page instead",
    "embed": "the site embeds no plugins or other pages; link to the file or page instead",
    "applet": "the site embeds no plugins or other pages; link to the file or page instead",
    "style": "the site's theme does the styling; use Markdown for emphasis, lists and tables",
    "link": "it would change how the whole page loads; remove it (a link to read is written [text](address))",
    "meta": "it would change how the whole page loads; remove it (the title and summary go in the front matter)",
    "base": "it would change where every link on the page points; remove it",
    "form": "a guide cannot collect or send anything; link to the real form instead",
    "input": "a guide cannot collect anything; for a checklist write lines starting with '- [ ] '",
    "button": "a guide cannot collect or send anything; link to the real form instead",
    "textarea": "a guide cannot collect anything; link to the real form instead",
    "select": "a guide cannot collect anything; link to the real form instead",
    "svg": "save the picture as a file under content/assets/images/ and show it with ![what it shows](path)",
    "math": "write the formula in words or in a ``` code block",
    "template": "remove it; write the text straight into the guide",
    "noscript": "remove it; the guide works without scripts anyway",
}
_SCRIPT_SCHEMES = {"javascript", "vbscript", "data"}
_LINK_ATTRIBUTES = {"href", "xlink:href", "action", "formaction", "cite"}
_LOAD_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc"}

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)")
_ATTRIBUTE = re.compile(r"([^\s\"'<>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")  # as HTML reads them
_ATTRIBUTE_LIST = re.compile(r"\{:?([^{}\n]*)\}")
_MARKDOWN_LINK = re.compile(r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*<?([^\s)>]*)")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.MULTILINE)
_COMMENT_END = re.compile(r"--!?>")
_ABRUPT_COMMENT_END = re.compile(r"-?>")  # right after '<!--'
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")

URL_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")  # the scheme at the start of an address, as browsers read it


def body_problems(rel_path: str, text: str, body: str) -> list[Problem]:
    """Return a positioned problem for each piece of unsafe markup in a guide whose file text is `text`."""
    start, position = len(text) - len(body), TextPositions(text)
    return [Problem(rel_path, *position(start + offset), "", message) for offset, message in unsafe_markup(body)]


def unsafe_markup(markdown: str, noun: str = "guide") -> list[tuple[int, str]]:
    """Return (offset, message) for each piece of unsafe markup in Markdown text, in order; the
    messages call the text a `noun` (a guide, a page)."""
    text = _without_comments(without_code(markdown))
    found: dict[int, str] = {}
    for tag in _TAG.finditer(text):
        name = tag.group(1).lower()
        if name in _ELEMENT_ADVICE:  # one problem for the element: removing it removes its attributes too
            article = "an" if name[0] in "aeio" else "a"
            found.setdefault(tag.start(), f"{article} <{name}> element cannot be used in a guide: {_ELEMENT_ADVICE[name]}")
            continue
        for offset, message in _attribute_problems(name, tag.group(2), tag.start(2)):
            found.setdefault(offset, message)
    for block in _ATTRIBUTE_LIST.finditer(text):
        for offset, message in _attribute_problems("", block.group(1), block.start(1)):
            found.setdefault(offset, message)
    for offset, url, image in _links(text):
        message = _url_problem(url, loads=image, what="an image" if image else "a link")
        if message:
            found.setdefault(offset, message)
    if noun != "guide":
        found = {offset: message.replace("guide", noun) for offset, message in found.items()}
    return sorted(found.items())


def markdown_links(markdown: str) -> list[tuple[int, str]]:
    """Return (offset, address) for each Markdown link in the text (not images, code or comments), in order."""
    text = _without_comments(without_code(markdown))
    return [(offset, url) for offset, url, image in _links(text) if not image]


def _links(text: str) -> list[tuple[int, str, bool]]:
    """Return (offset, address, is_image) for inline links, images and reference definitions in text."""
    found = [(link.start(2), link.group(2), bool(link.group(1))) for link in _MARKDOWN_LINK.finditer(text)]
    found += [(reference.start(1), reference.group(1), False) for reference in _REFERENCE.finditer(text)]
    return sorted(found)


def _attribute_problems(tag: str, attributes: str, at: int) -> list[tuple[int, str]]:
    problems = []
    for attribute in _ATTRIBUTE.finditer(attributes):
        name, value = attribute.group(1).lower(), (attribute.group(2) or "").strip("\"'")
        offset = at + attribute.start()
        if name.startswith("on") and attribute.group(2) is not None:
            problems.append((offset, f"the attribute '{name}' runs script, which a guide cannot do; remove it"))
        elif name in _LINK_ATTRIBUTES | _LOAD_ATTRIBUTES:
            what = "an image" if tag == "img" else "a link" if name == "href" else f"the address in '{name}'"
            message = _url_problem(value, loads=name in _LOAD_ATTRIBUTES, what=what)
            if message:
                problems.append((offset, message))
    return problems


def plain_address(url: str) -> str:
    """Return an address as a browser reads it: character references decoded, invisible characters dropped."""
    return _INVISIBLE.sub("", html.unescape(url))


def _url_problem(url: str, loads: bool, what: str) -> str | None:
    """Return why a link or image address cannot be used, or None when it is fine."""
    plain = plain_address(url)
    scheme = URL_SCHEME.match(plain)
    if scheme and scheme.group(1).lower() in _SCRIPT_SCHEMES:
        return (
            f"{what} with a {scheme.group(1).lower()}: address cannot be used in a guide;"
            " link to a page with https://... or to a path inside the site"
        )
    if loads and (scheme or plain.startswith("//")):
        return (
            f"{what} from another site ({url}) cannot be used: the site loads nothing from other hosts;"
            " save the file under content/assets/images/ and use its path"
        )
    return None


def without_code(markdown: str) -> str:
    """Return the text with fenced code blocks and code spans blanked out, every offset kept."""
    lines = markdown.splitlines(keepends=True)
    fence = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None and match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) and not line.strip().strip(fence[0]):
            fence = None
        elif fence is None:
            continue
        lines[index] = _blank(line)
    text = "".join(lines)
    return _CODE_SPAN.sub(lambda span: _blank(span.group(0)), text)


def _without_comments(text: str) -> str:
    """Return the text with HTML comments blanked out, each ending where a browser ends it ('<!-->' is a whole one)."""
    pieces, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        abrupt = _ABRUPT_COMMENT_END.match(text, start + 4)
        end = abrupt or _COMMENT_END.search(text, start + 4)
        if end is None:
            break  # never closed: no later comment closes either, and the rest is checked as markup
        pieces += [text[at:start], _blank(text[start : end.end()])]
        at = end.end()
    return "".join(pieces) + text[at:]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)
