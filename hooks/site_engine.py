"""The one place that knows which engine runs the build, MkDocs 1.6 or ProperDocs, and hands the hooks its classes.

ProperDocs (the community continuation of MkDocs 1.x) has the same modules under the name
`properdocs`, and its command answers imports of `mkdocs.*` with them. Importing from the engine
that is running, by its own name, keeps our code free of `mkdocs` imports under ProperDocs.
"""

from __future__ import annotations

import sys
from importlib import import_module, metadata

# MkDocs never loads properdocs (Material only looks for it), so its presence means ProperDocs runs.
NAME = "properdocs" if "properdocs" in sys.modules else "mkdocs"
VERSION = metadata.version(NAME)

PluginError = import_module(f"{NAME}.exceptions").PluginError
event_priority = import_module(f"{NAME}.plugins").event_priority
File = import_module(f"{NAME}.structure.files").File
Page = import_module(f"{NAME}.structure.pages").Page
get_toc = import_module(f"{NAME}.structure.toc").get_toc
InclusionLevel = import_module(f"{NAME}.structure.files").InclusionLevel
get_context = import_module(f"{NAME}.commands.build").get_context
