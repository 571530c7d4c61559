"""PLACEHOLDER until the quotes extractor lands (being written now)."""
from __future__ import annotations
from spacy.tokens import Doc
from ..records import Quote
from .docview import Resolver, plain_resolver

def extract_quotes(doc: Doc, *, resolve: Resolver = plain_resolver) -> list[Quote]:
    return []
