"""Mentoring Hub's domain code: load, validate and model the data. Knows nothing of MkDocs."""

from .loader import LoadResult, Loader, load
from .model import Catalog, Guide, Mentor, Program
from .problems import InvalidData, Problem

__all__ = ["Catalog", "Guide", "InvalidData", "LoadResult", "Loader", "Mentor", "Problem", "Program", "load"]
