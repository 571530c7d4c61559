"""A cue after a quotation that closed its sentence, with words of its own, reports something else.

"… And why would he stake his reputation on something that's not going to be successful?" Connors has also
agreed to commentate for the BBC …": the parser may hang a quotation from the verb of the next sentence (when glued
paragraphs run into one parse sentence) or read that sentence as a trailing "“…” Smith said.". A sentence whose
subject comes first and whose verb has a complement of its own — an infinitive ("agreed to commentate") or an
object that is no hearer ("echoed McIntyre's sentiments", "offers a download subscription service"; the
object of "told"/"asked" is whom the words went to) — is new prose about its subject, not the quotation's report;
the post-posed route already reads it so (:func:`.layout_routes._has_own_words`). #15, quotes18 left sport/464;
quotes19 sized the class on the BBC corpus: 3 quotations in 3 articles took such a cue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..docview import doc_text
from .cues import ADDRESSING_LEMMAS
from .runs import QuoteIndex
from .speakers import SUBJECT_DEPS

#: How a quotation ends when it closes its own sentence.
_SENTENCE_ENDS = (".", "?", "!")
#: Complements by which a verb says something of its own. A clause ("Mr Milburn replied that they were not …",
#: ccomp) was tried and left: the cue is rightly refused there too, but the routes after it found the right
#: speaker for only 6 of the 11 quotations it changed on the corpus (the rest went from one wrong speaker to
#: another: a thing, "the posters", or a pronoun read past its antecedent).
_OWN_COMPLEMENTS = frozenset({"xcomp"})


def reports_other_words(cue: Token, span: Span, *, quoted: QuoteIndex) -> bool:
    """Whether a cue after ``span`` opens new prose: the quotation closed its sentence, the cue's subject comes
    before it (not "asked the magazine"), and the cue has an infinitive or a non-hearer object outside quotes."""
    if cue.i < span.end:
        return False
    inner = doc_text(span.doc)[span.start_char : span.end_char].rstrip("\"”'`» ")
    if not inner.endswith(_SENTENCE_ENDS):
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not (span.end <= subject.i < cue.i):
        return False
    hearer = cue.lemma_.lower() in ADDRESSING_LEMMAS
    return any(
        c.i > cue.i and not quoted(c) and (c.dep_ in _OWN_COMPLEMENTS or (c.dep_ == "dobj" and not hearer))
        for c in cue.children
    )
