"""Files refused by name and place (mentoring.data.repository_files) and hand-written pages
(mentoring.data.hand_written_pages); the cases under tests/cases/validate/ show them in full."""

from __future__ import annotations

import os

import pytest

from mentoring.data.hand_written_pages import MAX_PAGE_BYTES, page_problems
from mentoring.data.repository_files import is_linked, misplaced_file


@pytest.mark.parametrize("rel, allowed", [
    ("content/mentors/ada.yml", True),
    ("content/mentors/notes.md", False),
    ("content/mentors/photos/ada.webp", True),
    ("content/mentors/photos/ada.svg", False),
    ("content/index.md", True),
    ("content/help/diagram.png", True),
    ("content/help/page.html", False),
    ("content/help/tool.js", False),
    ("content/help/style.css", False),
    ("content/assets/javascripts/theme.js", True),
    ("content/assets/images/favicon.svg", True),
    ("programs/buddies.yml", True),
    ("programs/buddies.md", False),
    ("guides/first-meeting.md", True),
    ("guides/it/first-meeting.md", True),
    ("guides/it/drafts/first-meeting.md", False),
    ("schemas/mentor.schema.json", True),
    ("overrides/main.html", True),
])
def test_what_belongs_where(rel, allowed):
    assert (misplaced_file(rel) is None) == allowed


def test_a_path_reached_through_a_link_anywhere_below_the_folder_is_linked(tmp_path):
    docs, outside = tmp_path / "content", tmp_path / "outside"
    (docs / "real").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    (docs / "real" / "page.md").write_text("# Page")
    os.symlink(outside, docs / "folder-link")
    os.symlink(outside / "secret.txt", docs / "real" / "file-link.md")
    assert is_linked(docs / "folder-link" / "secret.txt", docs)
    assert is_linked(docs / "real" / "file-link.md", docs)
    assert not is_linked(docs / "real" / "page.md", docs)
    assert not is_linked(outside / "secret.txt", docs)  # not below the folder: not its concern


def test_a_page_too_big_to_convert_quickly_is_refused_before_it_is_read(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "big.md").write_bytes(b"# Big\n\n" + b"A sentence of text.\n" * (400 * 1024 // 20))
    [problem] = page_problems(tmp_path)
    assert str(problem) == (
        f"content/big.md:1:1: the page is 400 KB, more than the {MAX_PAGE_BYTES // 1024} KB allowed;"
        " a page this long slows every build: split it into several pages"
    )
