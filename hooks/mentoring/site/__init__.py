"""The site layer: page specifications, browser indexes, exports and the values templates show.

Engine-agnostic: a site engine (the MkDocs hooks today) renders what this layer describes.
"""
