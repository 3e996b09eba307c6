"""Find the links inside the site that point to a missing page or heading, at the line where they are written.

A guide links to other pages by their Markdown source, as MkDocs resolves them (`smart-goals.md`,
`../programs/buddies.md`, `ending-well.md#next-steps`, `#feedback`). A card or programme is shown on
its own page, so its texts link by address (`../../guides/first-meeting/`). A heading's id is the one
the build gives it: the guide is converted with the Markdown extensions mkdocs.yml lists (toc makes
the ids, attr_list reads `{#id}`), so the check and the build cannot drift apart. A translation is
checked against its own language's guides and headings.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

import markdown

from mentoring.data import layout
from mentoring.data.config_file import read_markdown_extensions
from mentoring.data.documents import Document
from mentoring.data.guide_safety import URL_SCHEME, markdown_links, plain_address
from mentoring.data.markdown_limits import markdown_limit
from mentoring.data.problems import Problem, TextPositions
from mentoring.data.vocabulary import closest
from mentoring.data.yaml_reader import YamlError, decode

# Pages the site makes from templates alone, besides one page per card, programme and guide
# (site/pages/site_pages.py; tests/unit/test_guide_links.py keeps the two lists equal).
TEMPLATE_PAGES = (
    "mentors/index.md", "match/index.md", "programs/index.md", "guides/index.md",
    "insights/index.md", "contribute/fields.md", "contribute/card-builder.md",
)
_ID = re.compile(r"""<[a-zA-Z][^>]*?\s(?:id|name)=["']([^"']+)["']""")
_DOCS_DIR = "content"


def link_problems(root: Path, mentors: list[Document], programs: list[Document], guides: list[Document]) -> None:
    """Add a problem to each document for every link inside the site that points to a missing page or heading."""
    pages = _site_pages(Path(root), mentors, programs, guides)
    for doc in guides:
        uri, text = page_uri(doc), _read(Path(root) / doc.rel_path)
        _report(doc, text, len(text) - len(doc.body), markdown_links(doc.body), lambda url: _source_link_problem(url, uri, pages))
    for doc in mentors + programs:
        if _mentions_link(doc.data):
            text, page_dir = doc.text or _read(Path(root) / doc.rel_path), page_uri(doc).removesuffix(".md")
            _report(doc, text, 0, markdown_links(text), lambda url: _address_link_problem(url, page_dir, pages))


def _report(doc: Document, text: str, start: int, links: list[tuple[int, str]], problem_of) -> None:
    """Add a problem to doc for each link at start + offset in text whose address problem_of finds wrong."""
    position, messages = TextPositions(text), {}
    for offset, url in links:
        if url not in messages:
            messages[url] = problem_of(url)
        if messages[url]:
            doc.problems.append(Problem(doc.rel_path, *position(start + offset), "", messages[url]))


def page_uri(doc: Document) -> str:
    """Return the Markdown source path the site gives a document's page, such as 'guides/it/first-meeting.md'."""
    if doc.kind == "guide":
        return f"guides/{'' if doc.lang == 'en' else doc.lang + '/'}{doc.stem}.md"
    return f"{'mentors' if doc.kind == 'mentor' else 'programs'}/{doc.stem}.md"


class _Pages:
    """Every page of the site by its Markdown source path, with the element ids of those written in Markdown."""

    def __init__(self, extensions: list):
        self.converter = markdown_converter(extensions)
        self.markdown: dict[str, str] = {}  # source path -> its Markdown, converted only when a link needs its ids
        self.generated: set[str] = set()
        self._ids: dict[str, set[str]] = {}

    def __contains__(self, uri: str) -> bool:
        return uri in self.markdown or uri in self.generated

    def ids(self, uri: str) -> set[str]:
        """Return the ids of the page's elements, as the build gives them: headings and {#id} attributes."""
        if uri not in self._ids:
            self._ids[uri] = element_ids(self.converter, self.markdown.get(uri, ""))
        return self._ids[uri]

    def similar(self, uri: str) -> str | None:
        """Return the page whose source path is closest to uri: in its folder, or the English guide of a missing translation."""
        folder = posixpath.dirname(uri)
        english = re.sub(r"^guides/[a-z]{2}/", "guides/", uri)
        if english != uri and english in self:
            return english
        return closest(uri, sorted(page for page in [*self.markdown, *self.generated] if posixpath.dirname(page) == folder))


def _site_pages(root: Path, mentors: list, programs: list, guides: list) -> _Pages:
    config_root = root if (root / "mkdocs.yml").is_file() else layout.PROJECT_ROOT
    pages = _Pages(read_markdown_extensions(config_root))
    pages.generated.update(TEMPLATE_PAGES)
    pages.generated.update(page_uri(doc) for doc in mentors + programs)
    docs = root / _DOCS_DIR
    for path in sorted(docs.rglob("*.md")) if docs.is_dir() else []:
        pages.markdown[path.relative_to(docs).as_posix()] = _read(path)
    pages.markdown.update((page_uri(doc), doc.body) for doc in guides)
    for uri, text in pages.markdown.items():
        if markdown_limit(text, "a page"):
            pages.markdown[uri] = ""  # reported where it is read; too costly to convert for its ids
    return pages


def _source_link_problem(url: str, uri: str, pages: _Pages) -> str | None:
    """Return what is wrong with a link written as MkDocs reads it (a .md source path), or None."""
    if _is_absolute(url):
        return None
    path, _, anchor = url.partition("#")
    path = unquote(path.partition("?")[0])
    if path and not path.endswith(".md"):
        return None  # an address or a file such as an image: the build does not resolve those
    target = posixpath.normpath(posixpath.join(posixpath.dirname(uri), path)) if path else uri
    if target.startswith("../") or target == "..":
        return f"the link '{url}' points outside the site; link to a page in guides/ or to a web address"
    if target not in pages:
        guess = pages.similar(target)
        hint = f"; did you mean '{posixpath.relpath(guess, posixpath.dirname(uri))}'?" if guess else ""
        return f"the link '{url}' points to '{target}', which is not a page of the site{hint}"
    return _anchor_problem(url, target, unquote(anchor), pages) if anchor else None


def _address_link_problem(url: str, page_dir: str, pages: _Pages) -> str | None:
    """Return what is wrong with a link written as a web address relative to a page (a card's or programme's), or None."""
    if _is_absolute(url) or url.startswith("#"):
        return None
    path, _, anchor = url.partition("#")
    path = unquote(path.partition("?")[0])
    if path.endswith(".md"):
        return (
            f"the link '{url}' names a Markdown file, which only works in a guide;"
            " here write the page's address, such as '../../guides/first-meeting/'"
        )
    target = posixpath.normpath(posixpath.join(page_dir, path))
    if posixpath.splitext(target)[1]:
        return None  # a file such as an image or an export
    if target.startswith("../") or target == "..":
        return f"the link '{url}' points outside the site; use a full web address (https://...) for other sites"
    candidates = ["index.md"] if target == "." else [f"{target}/index.md", f"{target}.md"]
    found = next((candidate for candidate in candidates if candidate in pages), None)
    if found is None:
        guess = pages.similar(f"{target}.md") or pages.similar(f"{target}/index.md")
        address = posixpath.dirname(guess) if guess and guess.endswith("/index.md") else guess and guess.removesuffix(".md")
        hint = f"did you mean '{posixpath.relpath(address, page_dir)}/'?" if guess else "check the address against the built site"
        return f"the link '{url}' points to '/{target}/', which is not a page of the site; {hint}"
    return _anchor_problem(url, found, unquote(anchor), pages) if anchor else None


def _is_absolute(url: str) -> bool:
    """True for an address with a scheme (https:, mailto:; the guide check refuses script ones) or from the site's root."""
    plain = plain_address(url)
    return bool(URL_SCHEME.match(plain)) or plain.startswith(("/", "?"))


def _anchor_problem(url: str, target: str, anchor: str, pages: _Pages) -> str | None:
    ids = pages.ids(target)
    if anchor in ids:
        return None
    if not ids:
        return f"the link '{url}' points to a section '#{anchor}', but '{target}' has no headings to link to; remove '#{anchor}'"
    guess = closest(anchor, sorted(ids))
    listed = ", ".join(f"#{heading}" for heading in sorted(ids)[:12])
    hint = f"did you mean '#{guess}'?" if guess else f"its sections are {listed}"
    return f"the link '{url}' points to a section '#{anchor}' that '{target}' does not have; {hint}"



def element_ids(converter: markdown.Markdown, text: str) -> set[str]:
    """Return the ids the build gives the elements of a Markdown page: headings (toc) and {#id} attributes."""
    converter.reset()
    return set(_ID.findall(converter.convert(text))) if text else set()


def markdown_converter(extensions: list) -> markdown.Markdown:
    """Return a Markdown converter with mkdocs.yml's extensions, or with toc and attr_list (which make the ids) alone."""
    names, options = [], {}
    for entry in extensions:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        options[name] = settings or {}
    try:
        return markdown.Markdown(extensions=names, extension_configs=options)
    except Exception:  # noqa: BLE001 - an extension this environment lacks: the ids come from toc and attr_list
        return markdown.Markdown(extensions=["toc", "attr_list"])


def _mentions_link(data: object) -> bool:
    if isinstance(data, str):
        return "](" in data or "]:" in data
    if isinstance(data, dict):
        return any(_mentions_link(value) for value in data.values())
    if isinstance(data, list):
        return any(_mentions_link(value) for value in data)
    return False


def _read(path: Path) -> str:
    try:
        return decode(path.read_bytes())
    except (OSError, YamlError):
        return ""
