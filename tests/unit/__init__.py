"""Unit tests: the domain package on its own, no site build."""
