"""Cue verbs: the verbs that introduce what someone said ("said", "told", "warned"), as the quotes extractor asks them.

The verb lexicon itself (:data:`CUE_LEMMAS`, :func:`is_cue`) lives in
``extract/speech_cues.py``, where the actor table reads it too (#15); it is
imported here so every quotes module asks one place. This module adds what
only quotes need: naming verbs, speech nouns, attitudes.

:func:`is_speech_cue` narrows :func:`is_cue` to verbs that report speech even
where the parse ties them to no quotation (no thought, no naming, but "called
out"); it lives here because every speaker route of the extractor asks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..speech_cues import CUE_LEMMAS as CUE_LEMMAS
from ..speech_cues import CUE_POS as CUE_POS
from ..speech_cues import PHRASAL_CUES as PHRASAL_CUES
from ..speech_cues import POSSIBLE_CUE_LEMMAS as POSSIBLE_CUE_LEMMAS
from ..speech_cues import is_cue

#: Lemmas that name a thing ("a film called X") when they have no subject.
NAMING_LEMMAS: frozenset[str] = frozenset({"call", "label", "dub", "term", "brand", "name", "title", "entitle", "nickname"})

#: Nouns that name something said: "Trump's claim that “…”", "Obama's “…” promise".
SPEECH_NOUNS = frozenset(
    {
        "claim", "statement", "remark", "comment", "allegation", "accusation", "assertion", "promise",
        "pledge", "vow", "word", "declaration", "warning", "suggestion", "argument", "plea", "answer",
        "reply", "response", "tweet", "speech", "quip", "joke", "insult", "slogan", "motto", "mantra",
        "refrain", "catchphrase", "admission", "denial", "insistence", "contention", "prediction",
        "boast", "threat", "complaint", "proclamation", "announcement", "description", "characterization",
        "characterisation", "question", "assurance", "retort", "rhetoric", "chant", "phrase", "message",
    }
)
#: Cues whose object is who is spoken to: in the passive ("Trump was asked, “…”") the subject is the addressee, and
#: in the active the object is ("told Mr Blair: “…”", :mod:`.colon_leads`).
ADDRESSING_LEMMAS = frozenset({"ask", "tell", "question", "urge", "warn", "advise", "inform", "remind", "assure", "instruct", "order"})
#: Verbs of thinking report attitudes: cues only when the quote is their complement.
ATTITUDE_LEMMAS: frozenset[str] = frozenset({"believe", "think", "feel", "hope", "fear", "worry", "want", "wish", "expect"})


def is_speech_cue(token: Token) -> bool:
    """A cue verb that reports speech even when not tied to the quotation by the parse."""
    if not is_cue(token):
        return False
    lemma = token.lemma_.lower()
    return lemma not in ATTITUDE_LEMMAS | NAMING_LEMMAS or _calls_out(token)


#: Prepositions after "call" that make it a demand, not a shout: "called for a ban", "called on Congress".
_CALL_DEMANDS = frozenset({"for", "on", "upon"})


def _calls_out(token: Token) -> bool:
    """"called over her shoulder", "called out": "call" with nothing it names is a shout.

    Naming ("called it “a hoax”") needs an object or a complement, and a
    passive ("was called") names its subject.
    """
    if token.lemma_.lower() != "call" or token.tag_ == "VBN":
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp", "nsubjpass", "auxpass"):
            return False
        if child.dep_ in ("prep", "prt") and child.lower_ in _CALL_DEMANDS:
            return False
    return True


def speech_noun_objects(token: Token) -> list[Token]:
    """The objects of a verb that name something said: "issued a statement", "reprised the chant"."""
    if token.pos_ != "VERB":
        return []
    return [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS]


def delivers_speech_noun(token: Token, *, quotation_start: int) -> bool:
    """A verb whose object names the quotation right after it: "the crowd reprised the caustic chant “…”".

    "reprise", "post" or "repeat" report nothing by themselves; with a
    speech noun ("chant", "slogan", "message") as the object that the
    quotation spells out, the verb's subject delivers the words.
    """
    return any(c.i < quotation_start and all(t.is_punct for t in token.doc[c.i + 1 : quotation_start]) for c in speech_noun_objects(token))
