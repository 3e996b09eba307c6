"""The second process that renders pages: it works from the last page back while the build claims
pages from the first on, every page is rendered once, by one of them, and a failure stops the build
with the page and the reason, never a hang."""

from __future__ import annotations

import time

import pytest

from mentoring.site.build.second_process import SecondProcess


def rendered(key: str) -> tuple[str, str]:
    return f"text of {key}", f"<html>{key}</html>"


def test_every_page_is_rendered_once_by_whichever_process_claims_it():
    pages = [f"mentors/m{number}.md" for number in range(200)]
    second = SecondProcess(pages, rendered)
    here = []
    for page in pages:
        if not second.claim(page):
            break
        here.append(page)
        time.sleep(0.002)  # rendering it here
    elsewhere = pages[len(here):]
    assert [second.take(page) for page in elsewhere] == [rendered(page) for page in elsewhere]
    assert not any(second.claim(page) for page in elsewhere)
    second.close()


def test_pages_nobody_claims_here_are_all_rendered_in_the_second_process():
    pages = ["a.md", "b.md", "c.md"]
    second = SecondProcess(pages, rendered)
    assert [second.take(page) for page in reversed(pages)] == [rendered(page) for page in reversed(pages)]
    with pytest.raises(RuntimeError, match="did not render a.md"):
        second.take("a.md")  # taken already
    second.close()


def test_a_page_that_fails_to_render_stops_the_build_naming_it():
    def render(key: str) -> tuple[str, str]:
        if key == "b.md":
            raise ValueError("the template broke")
        return rendered(key)

    second = SecondProcess(["a.md", "b.md", "c.md"], render)
    with pytest.raises(RuntimeError, match=r"(?s)Error building page 'b.md'.*the template broke"):
        second.take("c.md")
    second.close()
