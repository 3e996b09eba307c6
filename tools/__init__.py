"""Tools the project runs: the Chromium check, Lighthouse, a static server."""
