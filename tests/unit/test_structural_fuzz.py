"""The structural fuzzer: whatever shape of YAML a card, programme or guide's front matter holds,
`mentoring validate` answers 0 or 1 with positioned problems, within a time and memory bound.

Each Hypothesis example is a batch of generated organisations checked by one child process (with an
address-space limit and a timeout), so a crash in C code is a failing test, not a lost test run.
The texts cover deep flow and block nesting, compact `- - -` entries, anchors, aliases and alias
bombs, tags, huge scalars, every scalar form, odd encodings (BOMs, UTF-16, NUL, broken UTF-8) and
mixed line endings. `make test` runs a few hundred texts; `pytest -m slow` runs tens of thousands.
"""

from __future__ import annotations

import json
import re
import resource
import shutil
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.paths import BASE, PROJECT

MEMORY_LIMIT = 2_000_000_000  # bytes of address space, as `ulimit -v 2000000`
SECONDS_PER_FILE = 10
TARGETS = {"mentor": "content/mentors/ada-lovelace.yml", "program": "programs/buddies.yml", "guide": "guides/first-meeting.md"}
PROBLEM_LINE = re.compile(r"(content/mentors/ada-lovelace\.yml|programs/buddies\.yml|guides/first-meeting\.md):\d+:\d+: \S")

names = st.sampled_from(["id", "name", "expertise", "contact", "bio", "tags", "kpis", "x", "? complex", '"quoted key"'])
scalars = st.one_of(
    st.sampled_from([
        "plain text", "'single ''quoted'''", '"double \\" \\u263A \\x41 \\n"', "~", "null", "yes", "NO", "0o17", "0x1F",
        "1_000", "0755", "1:30", ".inf", "-.NaN", "2026-02-30", "2001-12-14t21:59:43.10-05:00", "!!binary aGVsbG8=",
        "|\n  literal [[[\n  text\n", ">-\n  folded\n  {{{ text\n", "|2+\n   kept\n\n", "'multi\n  line [[['",
        '"multi\n  line {{{"', "a # comment [[[", "[a, 'b]]]', \"c}}\"]", "{a: 1, b: [2, 3]}", "-", "- - -",
        "<script>alert(1)</script>", "[link](../../guides/nowhere/)", "*undefined", "&anchor value",
    ]),
    st.text(max_size=24),
)
tags = st.sampled_from(["", "", "!!str ", "!!python/object/apply:os.system ", "!local ", "!!set ", "!!omap ", "!<tag:yaml.org,2002:str> ", "!!binary "])
depths = st.one_of(st.integers(0, 12), st.integers(0, 3000), st.just(100_000))


@st.composite
def nested(draw) -> str:
    """A value nested by flow brackets, block indentation or compact entries, or a mix of them."""
    depth, inner = draw(depths), draw(scalars).replace("\n", " ")
    shape = draw(st.sampled_from(["flow", "map", "block", "compact", "mixed"]))
    if shape == "flow":
        return "[" * depth + inner + "]" * depth
    if shape == "map":
        return "{a: " * depth + inner + "}" * depth
    depth = min(depth, 400)  # indentation grows with the square of the depth: 400 levels is about 160 KB
    if shape == "block":
        return "\n" + "".join("  " * level + f"k{level}:\n" for level in range(1, depth)) + "  " * depth + inner
    if shape == "compact":
        return "\n  " + "- " * depth + inner
    return "\n" + "".join("  " * level + "- [" + ("{x: " if level % 2 else "") + "\n" for level in range(1, depth))


@st.composite
def aliases(draw) -> str:
    """Anchors and aliases, up to a billion-laughs bomb."""
    width, levels = draw(st.integers(1, 10)), draw(st.integers(1, 9))
    fields = [f"\na{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return draw(st.sampled_from(["&a0 [lol]" + "".join(fields), "&x [1, *x]", "*nowhere", "&a0 lol\nb: *a0"]))


values = st.one_of(scalars, nested(), aliases(), st.builds(lambda n, c: c * n, st.integers(0, 300_000), st.sampled_from(["x", "[", "é", " "])))
fields = st.builds(lambda name, tag, value: f"{name}: {tag}{value}", names, tags, values)


@st.composite
def yaml_text(draw) -> str:
    """A data file's YAML: the valid base with generated fields added or swapped in, or free text."""
    kind = draw(st.sampled_from(sorted(TARGETS)))
    base = (BASE / TARGETS[kind]).read_text(encoding="utf-8")
    if kind == "guide":
        base = base.split("---\n")[1]
    lines = base.splitlines()
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines)))
        lines[at:at + draw(st.integers(0, 1))] = [draw(fields)]
    text = draw(st.one_of(st.just("\n".join(lines)), st.text(max_size=200)))
    return kind, text


@st.composite
def file_bytes(draw) -> tuple[str, bytes]:
    """A generated file's kind and bytes, in an odd encoding or with mixed line endings now and then."""
    kind, text = draw(yaml_text())
    breaks = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r", "\x85", "\u2028"]), min_size=1, max_size=3))
    first, *rest = text.split("\n")
    text = first + "".join(breaks[index % len(breaks)] + part for index, part in enumerate(rest))
    if kind == "guide":
        text = f"---\n{text}\n---\nStart by getting to know each other.\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "bom-inside", "nul", "broken"]))
    if encoding == "bom-inside":
        return kind, text.replace(":", ":\ufeff", 1).encode()
    if encoding == "nul":
        return kind, text.encode().replace(b" ", b"\x00", 1)
    if encoding == "broken":
        return kind, text.encode()[:-1] + b"\xc3"
    return kind, text.encode(encoding, errors="surrogatepass")


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def check_batch(tmp_path, files: list[tuple[str, bytes]]) -> None:
    """Validate each generated organisation in one child process; every one must give a clean answer."""
    roots = []
    for index, (kind, content) in enumerate(files):
        root = tmp_path / f"org-{index}"
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(BASE, root)
        (root / TARGETS[kind]).write_bytes(content)
        roots.append(str(root))
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.validate_batch", *roots],
        capture_output=True, text=True, cwd=PROJECT, preexec_fn=_limits, timeout=30 + SECONDS_PER_FILE * len(roots),
    )
    reports = [json.loads(line) for line in child.stdout.splitlines()]
    finished = [report for report in reports if "status" in report]
    last = reports[-1]["start"] if reports and "start" in reports[-1] else None
    assert child.returncode == 0 and len(finished) == len(roots), (
        f"the child process ended with {child.returncode} while checking {last}:\n{child.stderr[-3000:]}"
    )
    for report in finished:
        where = report["root"]
        assert report["status"] in (0, 1), (where, report["out"], report["err"])
        assert "Traceback" not in report["out"] + report["err"], where
        assert report["seconds"] < SECONDS_PER_FILE, where
        *problems, summary = report["out"].splitlines()
        assert summary.startswith(("All ", "Found ")), (where, summary)
        for line in problems:
            assert PROBLEM_LINE.match(line), (where, line)


@pytest.mark.thorough  # about 20 s of validator runs: make test runs it, make check leaves it out
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=st.lists(file_bytes(), min_size=25, max_size=25))
def test_generated_yaml_never_crashes_the_validator(tmp_path, files):
    check_batch(tmp_path, files)


@pytest.mark.slow
@settings(max_examples=1_000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=st.lists(file_bytes(), min_size=30, max_size=30))
def test_thirty_thousand_generated_files_never_crash_the_validator(tmp_path, files):
    check_batch(tmp_path, files)
