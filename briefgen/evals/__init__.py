"""Scoring briefgen on public gold data (``briefgen eval quotes|demands|summary``).

Every eval runs the real pipeline (:mod:`briefgen.pipeline`) over the gold
texts, writes predictions in the scorer's format and runs the scorer that
sits beside the gold file. Nothing here is used when building a site.
"""
