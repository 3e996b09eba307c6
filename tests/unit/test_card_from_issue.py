"""`mentoring card-from-issue` on recorded GitHub `issues` events: the card a mentor typed into the
issue form becomes content/mentors/<id>.yml, or nothing is written and the problems are listed.

Each folder of tests/cases/card-from-issue holds event.json (the event as GitHub sends it), an
optional root/ laid over the small valid organisation (an existing card), expected.txt (the exit
status, then exactly what the command prints) and, when a card is written, expected-card.yml.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring.data.card_proposal import Refused, propose_card
from mentoring.data.issue_body import NotTheForm, card_from_body
from mentoring.data.issue_form import MAX_URL_LENGTH, card_issue_url
from tests.support.paths import BASE, TESTS

CASES = sorted(path for path in (TESTS / "cases" / "card-from-issue").iterdir() if path.is_dir())


def organisation(case: Path, into: Path) -> Path:
    shutil.copytree(BASE, into)
    if (case / "root").is_dir():
        shutil.copytree(case / "root", into, dirs_exist_ok=True)
    return into


def files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def card_from_issue(case: Path, root: Path) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-m", "mentoring.cli", "card-from-issue", "event.json", "--root", str(root)],
                            capture_output=True, text=True, cwd=case)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_recorded_issue_gives_the_expected_verdict_and_file(case, tmp_path):
    root = organisation(case, tmp_path / "org")
    before = files(root)
    status, out, err = card_from_issue(case, root)
    assert f"exit: {status}\n{out}{err}" == (case / "expected.txt").read_text(encoding="utf-8")
    assert "Traceback" not in out + err
    after = files(root)
    if (case / "expected-card.yml").is_file():
        written = json.loads(out)["file"]
        assert after.pop(written) == (case / "expected-card.yml").read_bytes()
        before.pop(written, None)
    assert after == before  # nothing else is touched; a refused card writes nothing


def test_the_verdicts_read_as_examples():
    verdicts = {case.name: int((case / "expected.txt").read_text(encoding="utf-8").split()[1]) for case in CASES}
    assert verdicts == {
        "new-card-by-its-author": 0, "new-card-with-a-photo-note": 0, "update-by-the-cards-owner": 0,
        "update-by-someone-else": 1, "update-of-a-card-with-no-owner": 1, "handle-of-someone-else": 1,
        "invalid-card": 1, "two-documents": 1, "two-blocks": 1, "text-outside-the-form": 1, "text-after-the-card": 1,
        "empty-card": 1, "not-an-issue-event": 2,
    }


def test_a_new_card_keeps_every_line_as_typed_and_gains_only_its_owner(tmp_path):
    case = TESTS / "cases" / "card-from-issue" / "new-card-by-its-author"
    event = json.loads((case / "event.json").read_text(encoding="utf-8"))
    typed = card_from_body(event["issue"]["body"]).text
    written = (case / "expected-card.yml").read_text(encoding="utf-8")
    assert written == typed + "github: grace-h\n"
    summary = json.loads((case / "expected.txt").read_text(encoding="utf-8").split("\n", 1)[1])
    assert "`github: grace-h`" in summary["body"] and "Nothing else was changed" in summary["body"]
    assert summary["branch"] == "card/grace-hopper" and summary["body"].endswith("Closes #42\n")


def test_an_invalid_card_is_reported_in_the_validators_words_with_positions():
    expected = (TESTS / "cases" / "card-from-issue" / "invalid-card" / "expected.txt").read_text(encoding="utf-8")
    assert "content/mentors/grace-hopper.yml:11:11: capacity: should be a whole number, but it is 'three'" in expected
    assert "did you mean 'buddies'?" in expected  # a rule across files: the programmes that exist


def test_the_comment_fences_problems_so_their_text_cannot_become_markdown(tmp_path):
    root = organisation(TESTS / "cases" / "card-from-issue" / "new-card-by-its-author", tmp_path / "org")
    card = "id: x-y\ncapacity: '````<img src=x onerror=alert(1)> @everyone'\n"
    with pytest.raises(Refused) as refused:
        propose_card(root, card, "grace-h")
    from mentoring.cli.card_from_issue import refused_summary

    comment = refused_summary(refused.value.problems)["comment"]
    assert "it is '````<img src=x onerror=alert(1)> @eve...'" in comment  # the validator quotes the value
    assert "\n`````text\n" in comment and comment.endswith("\n`````\n")


def test_the_link_to_the_form_carries_the_card_and_gives_way_to_the_edit_page_when_too_long():
    card = "id: zoë-o\nname: Zoë O'Brien & co\nbio: 'a+b=c; 100% #1'\n"
    url = card_issue_url("https://github.com/org/repo/", "zoe-o", card)
    parts = urlsplit(url)
    assert parts.path == "/org/repo/issues/new"
    assert parse_qs(parts.query) == {"template": ["mentor-card.yml"], "title": ["Mentor card: zoe-o"], "card": [card]}
    assert "+" not in parts.query and "%20" in parts.query  # encodeURIComponent's spaces, as the builder writes them
    assert card_issue_url("", "zoe-o", card) is None
    long_card = card + "bio: " + "x" * MAX_URL_LENGTH + "\n"
    assert card_issue_url("https://github.com/org/repo", "zoe-o", long_card) is None
    fitting = "x" * (MAX_URL_LENGTH - len(card_issue_url("https://github.com/org/repo", "zoe-o", "")))
    assert len(card_issue_url("https://github.com/org/repo", "zoe-o", fitting)) == MAX_URL_LENGTH


# Pieces of what GitHub writes for the form, and of what people paste into it.
PIECES = ["### Card\n", "### Photo\n", "```yaml\n", "```\n", "~~~\n", "_No response_\n", "\n", "\r\n", "id: ada-lovelace\n",
          "id: '../../x'\n", "name: Ada\n", "---\n", "...\n", "github: ada-l\n", "  - python\n", "bio: |\n", "\ud800", "\x00",
          "{", "&a *a\n", "Thanks!\n", "#", "\t"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join),
       author=st.sampled_from(["ada-l", "grace-h", "x[bot]", "Ada-L"]))
def test_any_body_gives_a_card_or_positioned_reasons_never_a_fault(tmp_path, body, author):
    root = tmp_path / "org"
    if not root.exists():
        shutil.copytree(BASE, root)
    try:
        proposal = propose_card(root, card_from_body(body).text, author)
    except (NotTheForm, Refused) as refused:
        assert refused.problems
        for problem in refused.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message, problem
            assert "internal error" not in problem.message, problem
        return
    assert proposal.rel_path == f"content/mentors/{proposal.card_id}.yml"
    assert "github:" in proposal.text


def test_a_hostile_event_file_never_gives_a_traceback(tmp_path):
    # In child processes: a crash of the interpreter itself would show here, not take the test run down.
    root = shutil.copytree(BASE, tmp_path / "org")
    nested = {"issue": {"number": 1, "user": {"login": "a"}, "body": "[" * 100_000}}
    events = ["", "null", "[]", '{"issue": null}', json.dumps(nested), "{" * 100_000, '{"issue": {"number": true}}',
              json.dumps({"issue": {"number": 1, "user": {"login": "a"}, "body": "### Card\n\n```yaml\n" + "- " * 50_000 + "\n```"}})]
    for number, text in enumerate(events):
        path = tmp_path / f"event-{number}.json"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "mentoring.cli", "card-from-issue", str(path), "--root", str(root)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode in (1, 2), (text[:40], result.stderr)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, (text[:40], result.stderr)


def test_usage_mistakes_exit_2_and_say_what_is_wrong(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "mentoring.cli", "card-from-issue", *map(str, args)],
                              capture_output=True, text=True, cwd=tmp_path)

    event = TESTS / "cases" / "card-from-issue" / "new-card-by-its-author" / "event.json"
    missing = run(tmp_path / "no-event.json")
    assert missing.returncode == 2 and "no-event.json: cannot be read as a GitHub event (No such file or directory)" in missing.stderr
    no_root = run(event, "--root", tmp_path / "nowhere")
    assert no_root.returncode == 2 and "nowhere is not a folder" in no_root.stderr
    assert run().returncode == 2  # no event file named
    assert not (tmp_path / "content").exists()
