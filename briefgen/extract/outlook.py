"""PLACEHOLDER until the outlook extractor lands (being written now)."""
from __future__ import annotations
from spacy.tokens import Doc
from ..records import OutlookItem

def extract_outlook(doc: Doc) -> list[OutlookItem]:
    return []
