"""“Reuters quoted a central bank official as saying: “…”” — the one quoted speaks; the outlet that quoted is the source.

"X quoted Y as saying" is how agencies and papers pass on words they did not hear themselves: the words are Y's and
X is where the writer found them. The parse makes X the subject of "quoted", so the climb from the quotation to its
cue gave every such quotation to the outlet ("Reuters", "the paper", "Associated Press"): 13 quotations in 11 of the
BBC corpus's articles, all of them. Here the cue's object is the speaker and its subject becomes ``according_to``.
The passive ("He was quoted by The Australian as saying …") already has the speaker as the cue's subject; only its
agent, the outlet, is read here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..lexicon import ACTOR_NOUNS
from .cues import is_speech_cue

#: Relations under "as" that carry the verb of saying: "as saying" (the parser's pcomp), rarely its pobj.
_AS_SAYING = frozenset({"pcomp", "pobj"})


def quoting_verb(cue: Token) -> Token | None:
    """The verb "quote" framing ``cue`` as "quoted X as saying", whether ``cue`` is "quoted" or its "saying"."""
    if cue.lemma_.lower() == "quote" and cue.pos_ == "VERB":
        verb = cue
    elif cue.dep_ in _AS_SAYING and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        verb = cue.head.head
    else:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            if any(c.dep_ in _AS_SAYING and c.tag_ == "VBG" and is_speech_cue(c) for c in prep.children):
                return verb
    return None


def quoted_person(cue: Token, *, quoted: Callable[[Token], bool]) -> Token | None:
    """Whom an active "X quoted Y as saying" quotes: the object of "quoted" (``None`` for the passive).

    Only a name or a noun for someone ("a central bank official", "one trader") is a speaker: "The minister quoted
    its five-year plan as saying" reads out a document, and the minister stays the speaker.
    """
    verb = quoting_verb(cue)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or quoted(obj):
        return None
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in ACTOR_NOUNS or obj.lower_ in ACTOR_NOUNS:
        return obj
    return None


def quoting_outlet(cue: Token, *, quoted: Callable[[Token], bool]) -> Token | None:
    """Who quoted: the subject of an active "X quoted Y as saying", the agent of "Y was quoted by X as saying"."""
    verb = quoting_verb(cue)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return None if quoted(child) or quoted_person(cue, quoted=quoted) is None else child
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return pobj if pobj is not None and not quoted(pobj) else None
    return None
