"""Figures derived from the catalogue: insights, two-way swaps, stale cards, code owners."""
