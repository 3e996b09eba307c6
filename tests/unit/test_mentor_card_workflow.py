"""The mentor-card workflow's scripts, run as GitHub runs them (bash -eo pipefail), on a recorded issue:
a real git repository with a remote, and a stand-in for `gh` that records what it is asked and answers
`gh pr list` with recorded pull requests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.paths import BASE, PROJECT, TESTS

CASE = TESTS / "cases" / "card-from-issue"
FAKE_GH = """#!/bin/sh
printf '%s\\n' "$*" >> "$GH_LOG"
case "$1 $2" in
  "pr list") cat "$GH_PULLS" ;;
  "pr create") echo "https://github.com/northwind-labs/mentoring-hub/pull/7" ;;
  "issue comment") while [ "$#" -gt 0 ]; do [ "$1" = "--body-file" ] && cp "$2" "$GH_COMMENT"; shift; done ;;
esac
"""


def script(job: str, step_id_or_name: str) -> str:
    flow = yaml.safe_load((PROJECT / ".github" / "workflows" / "mentor-card.yml").read_text(encoding="utf-8"))
    steps = flow["jobs"][job]["steps"]
    return next(step["run"] for step in steps if step_id_or_name in (step.get("id"), step.get("name")))


@pytest.fixture
def runner(tmp_path):
    """A clone of a small hub with a remote, a runner's temporary folder and a recording `gh`."""
    remote, work, temp, tools = (tmp_path / name for name in ("remote.git", "work", "runner-temp", "bin"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "--quiet", "--bare", str(remote)], check=True)
    shutil.copytree(BASE, work)
    for args in (["init", "--quiet"], ["add", "."], ["commit", "--quiet", "-m", "hub"], ["remote", "add", "origin", str(remote)],
                 ["push", "--quiet", "origin", "main"]):
        subprocess.run([*git, *args], cwd=work, check=True)
    (work / ".venv").symlink_to(Path(sys.executable).parents[1])
    tools.mkdir()
    (tools / "gh").write_text(FAKE_GH, encoding="utf-8")
    (tools / "gh").chmod(0o755)
    temp.mkdir()
    (temp / "pulls.json").write_text("[]", encoding="utf-8")
    env = {**os.environ, "RUNNER_TEMP": str(temp), "GITHUB_OUTPUT": str(temp / "output"), "GH_LOG": str(temp / "gh.log"),
           "GH_PULLS": str(temp / "pulls.json"), "GH_COMMENT": str(temp / "comment.md"), "GH_TOKEN": "not-a-token",
           "ISSUE": "42", "BASE": "main", "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "northwind-labs/mentoring-hub", "GITHUB_RUN_ID": "1",
           "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig")}

    class Runner:
        def run(self, text: str, **extra) -> subprocess.CompletedProcess:
            (temp / "output").write_text("", encoding="utf-8")
            return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", text], cwd=work,
                                  env={**env, **extra}, capture_output=True, text=True)

        def outputs(self) -> dict[str, str]:
            lines = (temp / "output").read_text(encoding="utf-8").splitlines()
            return dict(line.split("=", 1) for line in lines)

        def gh_calls(self) -> list[str]:
            log = temp / "gh.log"
            return log.read_text(encoding="utf-8").splitlines() if log.exists() else []

        def remote_file(self, branch: str, path: str) -> str:
            return subprocess.run(["git", "--git-dir", str(remote), "show", f"{branch}:{path}"],
                                  capture_output=True, text=True, check=True).stdout

    Runner.temp, Runner.work, Runner.remote = temp, work, remote
    return Runner()


def read_card(runner, case: str) -> subprocess.CompletedProcess:
    return runner.run(script("check", "card"), GITHUB_EVENT_PATH=str(CASE / case / "event.json"))


def test_a_new_card_is_read_checked_and_proposed_in_one_pull_request(runner):
    assert read_card(runner, "new-card-by-its-author").returncode == 0
    assert runner.outputs() == {"status": "0"}
    card = (CASE / "new-card-by-its-author" / "expected-card.yml").read_text(encoding="utf-8")
    assert (runner.temp / "proposal" / "card.yml").read_text(encoding="utf-8") == card
    pushed = runner.run(script("propose", "pull"))
    assert pushed.returncode == 0, pushed.stderr
    assert runner.outputs() == {"url": "https://github.com/northwind-labs/mentoring-hub/pull/7"}
    assert runner.remote_file("card/grace-hopper", "content/mentors/grace-hopper.yml") == card
    calls = runner.gh_calls()
    assert calls[0] == "pr list --head card/grace-hopper --state open --json url,body"
    assert calls[-1].startswith("pr create --base main --head card/grace-hopper --title Mentor card: grace-hopper --body-file ")
    log = subprocess.run(["git", "--git-dir", str(runner.remote), "log", "-1", "--format=%B", "card/grace-hopper"],
                         capture_output=True, text=True, check=True).stdout
    assert log.startswith("Mentor card: grace-hopper\n\nProposed by @grace-h in #42.")


def test_an_edited_issue_updates_its_own_pull_request(runner):
    read_card(runner, "new-card-by-its-author")
    mine = "https://github.com/northwind-labs/mentoring-hub/pull/5"
    (runner.temp / "pulls.json").write_text(json.dumps([{"url": mine, "body": "Adds a card.\n\nCloses #42\n"}]), encoding="utf-8")
    assert runner.run(script("propose", "pull")).returncode == 0
    assert runner.outputs() == {"url": mine}
    assert runner.gh_calls()[-1].startswith(f"pr edit {mine} --title Mentor card: grace-hopper --body-file ")


@pytest.mark.parametrize("body", ["Closes #7\n", "Closes #420\n", "Mentions Closes #42 in passing\n"])
def test_a_branch_another_issues_pull_request_holds_is_left_alone(runner, body):
    read_card(runner, "new-card-by-its-author")
    theirs = "https://github.com/northwind-labs/mentoring-hub/pull/3"
    (runner.temp / "pulls.json").write_text(json.dumps([{"url": theirs, "body": body}]), encoding="utf-8")
    assert runner.run(script("propose", "pull")).returncode == 0
    assert runner.outputs() == {"held": theirs}
    assert runner.gh_calls() == ["pr list --head card/grace-hopper --state open --json url,body"]
    heads = subprocess.run(["git", "--git-dir", str(runner.remote), "branch", "--list"], capture_output=True, text=True).stdout
    assert "card/" not in heads


def test_the_answer_gives_the_checks_and_the_pull_request_or_the_problems(runner):
    read_card(runner, "new-card-by-its-author")
    (runner.temp / "proposal" / "validate.txt").write_text("All 4 files are valid: 2 mentors, 1 programme, 1 guide.\n", encoding="utf-8")
    answer = script("answer", "Comment with the result and the pull request")
    pull = "https://github.com/northwind-labs/mentoring-hub/pull/7"
    assert runner.run(answer, CARD="0", CHECKS="0", PROPOSED="success", PULL=pull, HELD="").returncode == 0
    comment = (runner.temp / "comment.md").read_text(encoding="utf-8")
    assert comment.startswith("The card is valid:")
    assert "every file is valid and the site builds strictly (All 4 files are valid: 2 mentors, 1 programme, 1 guide.)" in comment
    assert f"The pull request: {pull}." in comment
    assert runner.gh_calls()[-1].startswith("issue comment 42 --repo northwind-labs/mentoring-hub --body-file ")

    shutil.rmtree(runner.temp / "proposal")
    assert read_card(runner, "update-by-someone-else").returncode == 0  # the step reports; the answer job comments
    assert runner.outputs() == {"status": "1"}
    assert runner.run(answer, CARD="1", CHECKS="", PROPOSED="skipped", PULL="", HELD="").returncode == 0
    comment = (runner.temp / "comment.md").read_text(encoding="utf-8")
    assert comment.startswith("The card was not written: 1 problem to fix.")
    assert "a maintainer or the card's owner must take it over" in comment and "pull request" not in comment
