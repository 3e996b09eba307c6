"""The engine stays at the edge: the domain package imports no engine, and one hooks file imports from the running one."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.support.paths import PROJECT

ENGINE_PACKAGES = {"mkdocs", "properdocs", "material"}
HOOKS = PROJECT / "hooks"


def imported_packages(path) -> set[str]:
    """The top-level packages a module's import statements name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level]
    return {name.split(".")[0] for name in names}


def test_no_module_under_hooks_names_an_engine_in_an_import_statement():
    naming = {str(path.relative_to(PROJECT)): sorted(imported_packages(path) & ENGINE_PACKAGES) for path in HOOKS.rglob("*.py")}
    assert {path: engines for path, engines in naming.items() if engines} == {}


def test_the_hooks_reach_the_engine_only_through_site_engine():
    assert "site_engine" in imported_packages(HOOKS / "site_hooks.py")
    assert [path.name for path in HOOKS.rglob("*.py") if "import_module(" in path.read_text(encoding="utf-8")] == ["site_engine.py"]


def test_importing_every_module_of_the_domain_package_loads_no_engine():
    script = (
        "import pkgutil, sys, importlib, mentoring\n"
        "for module in pkgutil.walk_packages(mentoring.__path__, 'mentoring.'):\n"
        "    if not module.name.endswith('.__main__'):  # that one runs the command\n"
        "        importlib.import_module(module.name)\n"
        "print(len(sys.modules), sorted({name.split('.')[0] for name in sys.modules} & {'mkdocs', 'properdocs', 'material'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT)
    assert result.returncode == 0, result.stderr
    loaded, engines = result.stdout.split(" ", 1)
    assert int(loaded) > 100 and engines.strip() == "[]"
