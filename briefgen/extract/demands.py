"""PLACEHOLDER until the demands extractor lands (being written now)."""
from __future__ import annotations
from spacy.tokens import Doc
from ..records import Demand
from .docview import Resolver, plain_resolver

def extract_demands(doc: Doc, *, resolve: Resolver = plain_resolver) -> list[Demand]:
    return []
