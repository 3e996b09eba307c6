"""The site layer: what the site shows and publishes, described without an engine.

Its rooms:
- `pages/`: which pages the site has and what each one shows (page specifications);
- `browser/`: the indexes and word rules the site's scripts read in the visitor's browser;
- `outputs/`: files published beside the pages (exports, feed, calendars, CSV);
- `build/`: how one build runs (its state, the second page process, shared chrome, the policy).
Modules left at this level are the small helpers templates use directly (filters, labels, markup).

Engine-agnostic: a site engine (the MkDocs hooks today) renders what this layer describes.
"""
