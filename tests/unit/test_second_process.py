"""The second process that renders pages: pages come back in order, and a failure stops the build
with the page and the reason, never a hang."""

from __future__ import annotations

import pytest

from mentoring.site.second_process import SecondProcess


def rendered(key: str) -> tuple[str, str]:
    return f"text of {key}", f"<html>{key}</html>"


def test_pages_come_back_in_the_order_they_were_handed_over():
    pages = [f"mentors/m{number}.md" for number in range(30)]
    second = SecondProcess(pages, rendered)
    assert [second.take(page) for page in pages] == [rendered(page) for page in pages]
    second.close()


def test_a_page_taken_out_of_order_is_an_error():
    second = SecondProcess(["a.md", "b.md"], rendered)
    with pytest.raises(RuntimeError, match="out of order: b.md before a.md"):
        second.take("b.md")
    second.close()


def test_a_page_that_fails_to_render_stops_the_build_naming_it():
    def render(key: str) -> tuple[str, str]:
        if key == "b.md":
            raise ValueError("the template broke")
        return rendered(key)

    second = SecondProcess(["a.md", "b.md", "c.md"], render)
    with pytest.raises(RuntimeError, match=r"(?s)Error building page 'b.md'.*the template broke"):
        second.take("a.md")
    second.close()
