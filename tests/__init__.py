"""Mentoring Hub tests: unit (no build), site (real MkDocs builds) and browser (real Chromium)."""
