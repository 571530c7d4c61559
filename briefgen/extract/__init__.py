"""Extractors: plain functions over a parsed spaCy ``Doc``.

One subpackage (or module) per briefing section, each with one public function:

* :func:`~briefgen.extract.actors.extract_actors` -> :class:`~briefgen.extract.actors.ActorTable`
* :func:`~briefgen.extract.quotes.extract_quotes` -> ``list[Quote]``
* :func:`~briefgen.extract.demands.extract_demands_and_rejections` -> ``(list[Demand], list[Rejection])``
* :func:`~briefgen.extract.summary.extract_summary` -> ``list[KeyPoint]``
* :func:`~briefgen.extract.outlook.extract_outlook` -> ``list[OutlookItem]``
* :func:`~briefgen.extract.facts.extract_facts` -> ``list[Fact]``

:func:`extract_all` runs them all over one parsed article, so adding a section
is one module and one line there. :mod:`.docview` holds the ``Doc`` helpers
they share.

They read the article structure from the ``Doc`` itself (span groups set by
:func:`briefgen.nlp.mark_structure`), never from files, so a test
can build a ``Doc`` by hand and call one extractor alone. Extractors that name
actors take a keyword-only ``resolve`` callable (see :data:`docview.Resolver`)
that turns a mention ``Span`` into the actor's canonical name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Extraction, Settings
from .actors import extract_actors
from .demands import extract_demands, extract_demands_and_rejections, extract_events, quoted_speakers
from .docview import actor_kinds, quick_sentences
from .facts import extract_facts
from .outlook import extract_outlook
from .quotes import extract_quotes
from .summary import extract_summary

__all__ = [
    "extract_actors",
    "extract_all",
    "extract_demands",
    "extract_demands_and_rejections",
    "extract_events",
    "extract_facts",
    "extract_outlook",
    "extract_quotes",
    "extract_summary",
]


def extract_all(doc: Doc, *, settings: Settings = Settings()) -> Extraction:
    """Run every extractor over one parsed article (``.sent`` read from the doc's sentence starts: :func:`.docview.quick_sentences`)."""
    with quick_sentences(doc):
        return _extract_all(doc, settings)


def _extract_all(doc: Doc, settings: Settings) -> Extraction:
    actors = extract_actors(doc)
    quotes = tuple(extract_quotes(doc, resolve=actors.resolve, kind_of=actor_kinds(actors.resolve, actors.actors)))
    named_kind = actor_kinds(actors.actor_name, actors.actors)  # no fallback on a span's own text
    # "We will not accept …," she said: demands name the quotation's speaker for "I"/"we"
    speakers = quoted_speakers(quotes, actors.actors)
    demands, rejections = extract_demands_and_rejections(doc, resolve=actors.resolve, speakers=speakers)
    return Extraction(
        summary=tuple(extract_summary(doc, max_points=settings.summary_sentences)),
        actors=tuple(actors.actors),
        demands=tuple(demands),
        rejections=tuple(rejections),
        quotes=quotes,
        # a holder is an actor or no one (#13); a quotation ends where the Quotes section ends it
        outlook=tuple(
            extract_outlook(doc, resolve=actors.actor_name, kind_of=named_kind, quotations=[(q.start, q.end) for q in quotes])
        ),
        # a place is never an actor's person or club; a fact is never inside a quotation the Quotes section found
        facts=tuple(extract_facts(doc, kind_of=named_kind, quoted=[(q.start, q.end) for q in quotes])),
    )
