"""Run an engine's command and write down every file that imports `mkdocs` while it runs.

    python -m tests.support.import_witness LOG ENGINE ARGS...

ProperDocs answers imports of `mkdocs.*` with its own modules, so importing `mkdocs` under it
succeeds and leaves no trace in sys.modules that says who asked. Every import statement passes
through builtins.__import__, though, even for a module already loaded, with the importing module's
globals; wrapping it (and importlib.import_module) names each importer. LOG receives a JSON list
of their file paths.
"""

from __future__ import annotations

import builtins
import importlib
import json
import runpy
import sys
from pathlib import Path


def _is_mkdocs(name: str) -> bool:
    return name == "mkdocs" or name.startswith("mkdocs.")


def main(log: Path, engine: str, args: list[str]) -> None:
    importers: set[str] = set()
    statement_import, import_module = builtins.__import__, importlib.import_module

    def witnessed_statement(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and _is_mkdocs(name):
            importers.add((globals or {}).get("__file__") or "<unknown>")
        return statement_import(name, globals, locals, fromlist, level)

    def witnessed_import_module(name, package=None):
        if _is_mkdocs(name):
            importers.add(sys._getframe(1).f_globals.get("__file__") or "<unknown>")
        return import_module(name, package)

    builtins.__import__, importlib.import_module = witnessed_statement, witnessed_import_module
    sys.argv = [engine, *args]
    try:
        runpy.run_module(engine, run_name="__main__", alter_sys=True)
    finally:
        log.write_text(json.dumps(sorted(importers), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3:])
