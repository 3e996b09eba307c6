"""`mentoring validate` as people and CI call it: exit codes, the three output formats."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.paths import BASE, CASES, PROJECT, build_case


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "mentoring.cli", *map(str, args)],
        capture_output=True, text=True, cwd=PROJECT, env=env,
    )


def test_valid_data_exits_0_with_a_one_line_summary():
    result = run("validate", BASE)
    assert result.returncode == 0
    assert result.stdout == "All 3 files are valid: 1 mentor, 1 programme, 1 guide.\n"
    assert result.stderr == ""


def test_invalid_data_exits_1_and_lists_every_problem(tmp_path):
    root = build_case(CASES / "many-problems-at-once", tmp_path / "org")
    result = run("validate", root)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[:-1] == (CASES / "many-problems-at-once" / "expected.txt").read_text().splitlines()
    assert lines[-1] == "Found 5 problems in 3 of 4 files."
    assert "Traceback" not in result.stdout + result.stderr


def test_github_format_annotates_the_offending_line(tmp_path):
    root = build_case(CASES / "synonym-tag", tmp_path / "org")
    result = run("validate", root, "--format", "github")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "::error file=content/mentors/ada-lovelace.yml,line=7,col=13,title=expertise[1]::"
        "expertise[1]: 'k8s' is another name for 'kubernetes'; write 'kubernetes'"
    )


def test_github_format_is_chosen_inside_github_actions_and_writes_a_job_summary(tmp_path):
    import os

    root = build_case(CASES / "synonym-tag", tmp_path / "org")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = run("validate", root, env=env)
    assert result.stdout.startswith("::error file=content/mentors/ada-lovelace.yml,line=7,col=13")
    assert "| content/mentors/ada-lovelace.yml | 7:13 | expertise[1] |" in summary.read_text()


def test_json_format_is_machine_readable(tmp_path):
    root = build_case(CASES / "over-capacity", tmp_path / "org")
    result = run("validate", root, "--format", "json")
    payload = json.loads(result.stdout)
    assert payload["valid"] is False
    assert payload["problems"] == [{
        "path": "content/mentors/ada-lovelace.yml", "line": 11, "column": 17, "field": "active_mentees",
        "message": "is 3, more than your capacity of 2; raise 'capacity' or lower 'active_mentees'",
    }]


def test_usage_errors_exit_2(tmp_path):
    assert run("validate", tmp_path / "missing").returncode == 2
    assert run("validate", "--format", "xml").returncode == 2
    assert run().returncode == 2


def test_root_defaults_to_the_current_folder():
    result = subprocess.run([sys.executable, "-m", "mentoring.cli", "validate"], capture_output=True, text=True, cwd=BASE)
    assert result.returncode == 0, result.stdout
