"""PLACEHOLDER until the actors extractor lands (being written now)."""
from __future__ import annotations
from dataclasses import dataclass, field
from spacy.tokens import Doc, Span
from ..records import Actor

@dataclass
class ActorTable:
    actors: list[Actor] = field(default_factory=list)
    def resolve(self, span: Span | None) -> str | None:
        return None if span is None else span.text

def extract_actors(doc: Doc) -> ActorTable:
    return ActorTable()
