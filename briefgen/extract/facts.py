"""Key facts: the dates, durations, places and figures an article states.

A reader skimming a briefing wants the hard particulars — "90 minutes",
"Friday", "the Dolmabahçe Presidential Office", "two trilateral meetings" —
without rereading the article. They come from spaCy's entities, cut to the
words that carry the fact and classified by what they are:

* a *duration* is a DATE/TIME entity that counts a unit of time
  ("90 minutes", "three years"); vague ones without a number ("years") are
  dropped;
* any other DATE/TIME entity is a *date* ("Friday", "2022", "May 16");
* a *place* is a facility or location entity, a city or region (a GPE that is
  not a country: countries are actors, listed elsewhere), or an organisation's
  name used as a location ("emerged from the Dolmabahçe Presidential Office");
* a *figure* is a number with the noun it counts ("two trilateral meetings"),
  a percentage, a sum of money or a quantity.

Headings are ignored, like everywhere else; each fact is listed once, in
order of first mention, with its article offsets for provenance.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..records import Fact
from .actors import country_of
from .docview import HeadingIndex, doc_text, entities, paragraphs

TIME_UNITS = {
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade", "century",
}
#: Prepositions after which an organisation's name is where something happens.
LOCATIVE_PREPOSITIONS = {"in", "at", "from", "inside", "outside", "into", "near", "to"}
_FIGURE_LABELS = {"PERCENT", "MONEY", "QUANTITY"}
_DATE_LABELS = {"DATE", "TIME"}
_PLACE_LABELS = {"FAC", "LOC"}
_UNIT_SIGNS = {"%", "$", "€", "£", "¥"}
_QUOTE_MARKS = "\"“”"


def _inside_quotation(ent: Span, paragraph_start: int) -> bool:
    """Whether an odd number of quote marks opens before ``ent`` in its paragraph.

    Figures in direct speech ("I hope I'm 100% wrong") are rhetoric, not the
    article's facts.
    """
    before = doc_text(ent.doc)[paragraph_start : ent.start_char]
    return sum(before.count(mark) for mark in _QUOTE_MARKS) % 2 == 1


def _strip_edges(span: Span) -> Span:
    """Drop leading determiners and hedges ("the", "just", "over") and trailing punctuation."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].pos_ in ("DET", "ADV", "ADP", "CCONJ", "PUNCT") or doc[start].is_space):
        start += 1
    while end > start and ((doc[end - 1].is_punct and doc[end - 1].text not in _UNIT_SIGNS) or doc[end - 1].is_space or doc[end - 1].pos_ == "PART"):
        end -= 1
    return doc[start:end]


def _is_duration(span: Span) -> bool:
    has_unit = any(t.lemma_.lower() in TIME_UNITS for t in span)
    has_count = any(t.like_num or t.pos_ == "NUM" for t in span)
    return has_unit and has_count


def _counted_phrase(number: Span) -> Span | None:
    """"two" -> "two trilateral meetings": the number, its noun and the words between."""
    root = number.root
    if root.dep_ != "nummod" or root.head.pos_ not in ("NOUN", "PROPN") or root.head.i < root.i:
        return None
    if root.lower_ in ("one", "1"):
        return None  # "one road will lead to peace": rhetoric far more often than a figure
    return number.doc[number.start : root.head.i + 1]


def _is_locative_org(ent: Span) -> bool:
    """An organisation's name standing where a place stands: the object of "from", "in", "at"."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and root.head.head.pos_ in ("VERB", "AUX")


def _classify(ent: Span) -> tuple[str, Span] | None:
    label = ent.label_
    if label in _DATE_LABELS:
        span = _strip_edges(ent)
        if len(span) == 0:
            return None
        if any(t.lemma_.lower() in TIME_UNITS for t in span) and not _is_duration(span) and not any(t.pos_ == "PROPN" for t in span):
            return None  # "years", "recent months": no particular time
        if _is_duration(span):  # "last three days" -> "three days": the count starts the duration
            first = next(t.i for t in span if t.like_num or t.pos_ == "NUM")
            return "duration", span.doc[first : span.end]
        return "date", span
    if label in _PLACE_LABELS or (label == "GPE" and country_of(ent.text) is None):
        return "place", _strip_edges(ent)
    if label == "ORG" and _is_locative_org(ent):
        return "place", _strip_edges(ent)
    if label in _FIGURE_LABELS:
        return "figure", _strip_edges(ent)
    if label == "CARDINAL":
        phrase = _counted_phrase(ent)
        return ("figure", phrase) if phrase is not None else None
    return None


def extract_facts(doc: Doc) -> list[Fact]:
    """The article's key facts, each once, in order of first mention."""
    in_heading = HeadingIndex(doc)
    paragraph_starts = [p.start_char for p in paragraphs(doc)] or [0]
    seen: set[tuple[str, str]] = set()
    facts: list[Fact] = []
    for ent in entities(doc):
        if in_heading.overlaps(ent):
            continue
        paragraph_start = paragraph_starts[max(0, bisect_right(paragraph_starts, ent.start_char) - 1)]
        if _inside_quotation(ent, paragraph_start):
            continue
        found = _classify(ent)
        if found is None:
            continue
        kind, span = found
        text = " ".join(span.text.split())
        if not text or (kind, text.lower()) in seen:
            continue
        seen.add((kind, text.lower()))
        facts.append(Fact(kind=kind, text=text, start=span.start_char, end=span.end_char))  # type: ignore[arg-type]
    return facts
