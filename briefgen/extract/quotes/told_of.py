"""A cue-less quotation opening a paragraph after a paragraph that ends telling of the previous speaker.

Sports and feature reports quote one person at length and put a narrative
sentence about that person between two of the quotations: "McClaren said:
“…” McClaren was relieved to make it through after a tough encounter." then
a paragraph that opens “To be fair to Graz, they had a gameplan …”. The
quotation has no cue of its own, the paragraph before ends on no cue, and a
narrative sentence after the previous quotation stops the run
(:func:`.fallback_routes.continues_run`), so it went without a speaker. The
narrative sentence is the writer handing the floor back: its main subject
(the person the sentence is about) is the one who spoke last. Only that
case is taken — the sentence's main subject names the previous quotation's
speaker, as the actor table files both — so a narrative sentence about
anyone else still hands the floor on (#15, quotes19: Random(7878)'s
sport/093, "Jamie didn't finally arrive at hospital …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ..docview import doc_text
from .context import Attribution, Context, opens_sentence
from .fallback_routes import THIRD_PERSON_SINGULAR, person_subject
from .speakers import _main_subject
from .runs import Run

#: Quote marks that may open a paragraph's quotation before its words.
_OPENING_MARKS = "“”\"'‘’`„«» "


def told_of_speaker(
    span: Span, run: Run, previous: Run, previous_name: str | None, ctx: Context, *, name_of: Callable[[Span], str | None]
) -> Attribution | None:
    """The previous quotation's speaker, when the paragraph before this one ends on a sentence about them.

    ``previous_name`` is the name the previous quotation was filed under
    (its actor, else its speaker as written); ``name_of`` names a mention the
    same way. The quotation opens its paragraph and its sentence, the
    previous quotation is in the paragraph just before, and the last
    sentence of that paragraph quotes nothing and has for its main subject
    a named person or a "he"/"she" the look-back gives that same speaker. A
    quotation that speaks of a "he" or "she" is about someone, not by them.
    """
    if previous_name is None or not opens_sentence(span):
        return None
    doc = span.doc
    this_line = ctx.lines(run.start)
    if ctx.lines(previous.end) != this_line - 1:
        return None
    line_start, _ = ctx.lines.range_of(run.start)
    if doc_text(doc)[line_start : run.start].strip(_OPENING_MARKS):
        return None
    last = doc[span.start].sent.start
    while last > 0 and doc[last - 1].is_space:
        last -= 1
    if last == 0:
        return None
    sent = doc[last - 1].sent
    if sent.start_char < previous.end or any(ctx.quoted(t) for t in sent):
        return None  # the previous quotation's own sentence: the run rules answer it
    subject = _main_subject(sent, quoted=ctx.quoted)
    if subject is None:
        return None
    mention = person_subject(subject, ctx)
    if mention is None or name_of(mention) != previous_name:
        return None
    if {t.lower_ for t in span} & THIRD_PERSON_SINGULAR:
        return None
    return Attribution(mention, None, "previous")
