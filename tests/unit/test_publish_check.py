"""`mentoring publish-check` on GitHub's recorded answers about a Pages site: an internal hub never
goes to a Pages site anyone can see, and an answer that cannot tell stops the deploy too.

Each folder of tests/cases/publish-check holds a mkdocs.yml, GitHub's answer to
GET /repos/{owner}/{repo}/pages as pages.json (missing in one case), and expected.txt: the exit
status on its first line, then exactly what the command prints.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.paths import TESTS

CASES = sorted(path for path in (TESTS / "cases" / "publish-check").iterdir() if path.is_dir())


def check(case) -> tuple[int, str]:
    result = subprocess.run([sys.executable, "-m", "mentoring.cli", "publish-check", "--pages-json", "pages.json"],
                            capture_output=True, text=True, cwd=case)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_publish_check_says_what_the_recorded_answer_means(case):
    status, output = check(case)
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert f"exit: {status}\n{output}" == expected
    assert "Traceback" not in output


def test_an_internal_hub_is_refused_a_public_site_and_allowed_a_private_one():
    verdicts = {case.name: check(case)[0] for case in CASES}
    assert verdicts["internal-site-on-public-pages"] == 1
    assert verdicts["default-visibility-on-public-pages"] == 1  # internal is the default
    assert verdicts["internal-site-on-private-pages"] == 0
    assert verdicts["public-on-purpose"] == 0
    # Whatever cannot tell who would see the site stops the deploy as well.
    unclear = ("pages-not-set-up", "token-may-not-read-pages", "answer-cut-short", "empty-answer",
               "no-public-field", "not-an-answer", "no-answer-file", "misspelt-visibility")
    assert {name: verdicts[name] for name in unclear} == dict.fromkeys(unclear, 2)


def test_the_refusal_says_how_to_make_pages_private_or_go_public_on_purpose():
    _, output = check(TESTS / "cases" / "publish-check" / "internal-site-on-public-pages")
    assert "set Visibility to Private" in output
    assert "visibility: public" in output and "on purpose" in output
    assert '"Privacy and access" in README.md' in output


def test_the_readme_section_the_refusal_points_to_exists_and_names_the_ways_to_keep_the_hub_internal():
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Privacy and access\n", 1)[1].split("\n## ", 1)[0]
    for way in ("Private GitHub Pages", "internal static host", "single sign-on", "oauth2-proxy", "visibility: internal"):
        assert way in section, way
