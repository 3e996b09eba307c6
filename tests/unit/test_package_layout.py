"""The domain package keeps its plan: layers import only the layers above them, no module imports
another in a circle, nothing imports MkDocs, and every module stays small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.paths import PROJECT

PACKAGE = PROJECT / "hooks" / "mentoring"
# Each layer may import the layers before it in this list, never those after it.
LAYERS = ["mentoring.data", "mentoring.settings", "mentoring.derive", "mentoring.site", "mentoring.synthetic", "mentoring.cli"]
MAX_LINES = 300


def module_name(path: Path) -> str:
    return ".".join(("mentoring", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Return the modules of ours (and any top-level package) that a module imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                found.add(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


GRAPH = {name: {other for other in imports_of(path) if other in MODULES and other != name} for name, path in MODULES.items()}


def layer(name: str) -> int:
    if name == "mentoring":  # the package itself only hands on the data layer's names
        return 0
    return next((number for number, prefix in enumerate(LAYERS) if name == prefix or name.startswith(prefix + ".")), -1)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_and_those_above(name):
    below = [other for other in GRAPH[name] if layer(other) > layer(name)]
    assert not below, f"{name} imports a lower layer: {below}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_nothing_in_the_package_imports_mkdocs(name):
    assert not {other for other in imports_of(MODULES[name]) if other.split(".")[0] == "mkdocs"}


def test_no_module_imports_another_in_a_circle():
    done, on_path = set(), []

    def visit(name: str) -> None:
        if name in on_path:
            raise AssertionError("import circle: " + " -> ".join(on_path[on_path.index(name):] + [name]))
        if name in done:
            return
        on_path.append(name)
        for other in sorted(GRAPH[name]):
            visit(other)
        on_path.pop()
        done.add(name)

    for name in sorted(GRAPH):
        visit(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_is_short_enough_to_read(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it by job"


def test_the_top_of_the_package_holds_only_a_few_modules():
    top = [path.name for path in PACKAGE.glob("*.py")]
    assert len(top) <= 8, top


SITE = PACKAGE / "site"


def test_the_site_layer_is_divided_into_rooms_that_name_their_jobs():
    rooms = sorted(path.name for path in SITE.iterdir() if (path / "__init__.py").is_file())
    flat = sorted(path.name for path in SITE.glob("*.py") if path.name != "__init__.py")
    assert len(rooms) >= 3, rooms
    assert len(flat) <= 8, f"site/ keeps {len(flat)} modules at its top; give them a room: {flat}"
