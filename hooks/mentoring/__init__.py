"""Mentoring Hub's domain code: load, validate and model the data. Knows nothing of MkDocs."""

from mentoring.data.loader import Loader, LoadResult, load
from mentoring.data.model import Catalog, Guide, Mentor, Program
from mentoring.data.problems import InvalidData, Problem

__all__ = ["Catalog", "Guide", "InvalidData", "LoadResult", "Loader", "Mentor", "Problem", "Program", "load"]
