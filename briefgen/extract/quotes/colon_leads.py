"""A cue verb and its object right before the colon that opens a quotation: "… he had once told Mr Blair: “…”".

The colon says where the quoted words begin and the clause before it says who speaks them: the subject of the
speech cue whose object closes that clause. The small parser, when that clause sits low in a long sentence ("The
News of the World reports that Anelka told a French magazine: “…”", "Mr Peston's book claimed that Mr Brown told
Mr Blair: “…”", "Mr Blair recalls how Bill Clinton once advised him: “…”"), hangs the quotation from the sentence's
main verb, and the climb from the quotation then reaches the paper, the book or the one who recalls. The words are
the person's who told, advised or asked; the report around them says where the writer found them.

Only a cue of addressing with its hearer as object is read here ("told BBC Sport:", "advised him:"; not "a candidate
who promised mass deportation:", whose object is what was promised): a cue right before the colon
with nothing between (":" after "said") is the parse's own case, and :func:`.cue_routes._cue_right_before` reads it
when the parse tied the quotation to no cue.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .cues import ADDRESSING_LEMMAS, is_speech_cue

#: What may stand between the colon and the quotation's first word: opening marks and spaces.
_MARKS = frozenset({"“", '"', "''", "``", "‘"})
#: Relations by which a phrase is the cue's object: whom it was told to ("told Mr Blair", "advised him", "told the
#: country's parliament"), for a cue of addressing (:data:`.cues.ADDRESSING_LEMMAS`).
_OBJECTS = frozenset({"dobj", "dative"})


def colon_lead_cue(span: Span, *, quoted: Callable[[Token], bool]) -> Token | None:
    """The speech cue whose object ends at the colon before the quotation, when that cue has a subject of its own."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in _MARKS):
        i -= 1
    if i < 2 or doc[i].text != ":":
        return None
    last = doc[i - 1]
    obj = last
    while obj.dep_ not in _OBJECTS and obj.head.i != obj.i and obj.head.i < i and obj.head.pos_ != "VERB":
        obj = obj.head  # "told the country's parliament": from "parliament" up to the object's head
    if obj.dep_ not in _OBJECTS or obj.right_edge.i != last.i:
        return None
    cue = obj.head
    if cue.i > obj.left_edge.i or quoted(cue) or not is_speech_cue(cue) or cue.lemma_.lower() not in ADDRESSING_LEMMAS:
        return None  # "a candidate who promised mass deportation: “…”": what was promised is no one spoken to
    if any(not t.is_space and t.dep_ not in ("advmod", "neg", "prt") for t in doc[cue.i + 1 : obj.left_edge.i]):
        return None  # only the object, and at most an adverb, between the cue and the colon
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "she was told: “…”": a passive's subject is whom the words were said to
    return cue
