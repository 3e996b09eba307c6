"""Where a build's time goes: run one `mkdocs build` in this process and time its phases.

    python bench/phases.py path/to/mkdocs.yml SITE_DIR [--profile]

Prints JSON: seconds per phase (reading and checking the data, collecting files, reading pages,
rendering and writing pages, the outputs written after the pages). With --profile, instead, the
share of the page phase's own time (cProfile) by where the code lives: our templates, Material's,
Jinja, MkDocs, the file system and so on.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import pstats
import time

from mkdocs.commands import build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection

# MkDocs' events in build order, and the phase that starts with each.
PHASE_OF_EVENT = {
    "config": "load and check the data",
    "pre_build": "collect files and navigation",
    "pre_page": "read pages",
    "env": "render and write pages",
    "post_build": "outputs after the pages",
}


def where(filename: str, name: str) -> str:
    """Return a short name for where a profiled function lives."""
    if filename == "~":
        name = name.strip("<>").replace("built-in method ", "")
        return "file system" if name in ("posix.mkdir", "io.open", "posix.stat") else f"built-in {name}"
    if "/overrides/" in filename:
        return "our templates (overrides/)"
    if "/hooks/" in filename:
        return "our code (hooks/)"
    if "/material/templates/" in filename:
        return "Material's templates"
    if "/site-packages/" in filename:
        return filename.split("/site-packages/", 1)[1].split("/", 1)[0]
    return "/".join(filename.removesuffix(".py").rsplit("/", 2)[-2:])  # the standard library


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config_file")
    parser.add_argument("site_dir")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    marks: list[tuple[str, float]] = []
    profiler = cProfile.Profile()
    run_event = PluginCollection.run_event

    def timed_event(self, name, *rest, **kwargs):
        phase = PHASE_OF_EVENT.get(name)
        if phase and all(mark != phase for mark, _ in marks):
            marks.append((phase, time.perf_counter()))
            if args.profile and name in ("env", "post_build"):
                (profiler.enable if name == "env" else profiler.disable)()
        return run_event(self, name, *rest, **kwargs)

    PluginCollection.run_event = timed_event
    start = time.perf_counter()
    config = load_config(args.config_file, site_dir=args.site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    build.build(config)
    end = time.perf_counter()
    if args.profile:
        shares = collections.Counter()
        for (filename, _, name), (_, _, own, _, _) in pstats.Stats(profiler).stats.items():
            shares[where(filename, name)] += own
        total = sum(shares.values())
        print(json.dumps({place: round(own / total, 3) for place, own in shares.most_common(8)}))
        return
    bounds = [start] + [at for _, at in marks[1:]] + [end]
    print(json.dumps({phase: round(finish - begin, 2) for (phase, _), begin, finish in zip(marks, bounds, bounds[1:])}))


if __name__ == "__main__":
    main()
