"""An MkDocs hook standing in for another plugin (a minifier, a link checker, Material's privacy
plugin): its on_post_page marks every page it is given, and its on_post_build lists in the built
site every page it saw, so a test can tell that each page passed through it once, finished."""

from __future__ import annotations

from pathlib import Path

SEEN_LIST = "pages-seen-by-the-marking-hook.txt"
_seen: list[str] = []


def on_pre_build(config, **kwargs):
    _seen.clear()  # a served site builds again


def on_post_page(output, page, config, **kwargs):
    finished = "</body>" in output  # a placeholder, or a page not rendered yet, has no body
    _seen.append(f"{page.file.src_uri} {'finished' if finished else 'unfinished'}")
    return output.replace("</body>", f"<!-- marked: {page.file.src_uri} -->\n</body>", 1)


def on_post_build(config, **kwargs):
    Path(config.site_dir, SEEN_LIST).write_text("\n".join(sorted(_seen)) + "\n", encoding="utf-8")
