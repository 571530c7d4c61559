"""Summary: the article's key points, verbatim body sentences in article order.

:mod:`.rank` scores sentences by centrality in a similarity graph;
:mod:`.extractor` picks the points.
"""

from __future__ import annotations

from .extractor import extract_summary

__all__ = ["extract_summary"]
