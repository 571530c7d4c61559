"""A speaker's title the parse made the subject, with the person's name before it: "Rhodri Glyn Thomas, Plaid Cymru health spokesman said: …".

When a name is followed by its title in apposition ("Blake Lee-Harwood, campaigns director at Greenpeace in the
UK, said", "Mr Prettejohn, Lloyd's chief executive said", "Theresa May, Tory shadow work and pensions secretary,
said"), the small parser often hangs the name off the title and makes the title the verb's subject, so the
quotation went to the title ("Plaid Cymru health spokesman", "Tory shadow work") and never to the person (#15,
quotes24: 5 BBC quotations in 5 articles, one of them read 7171's politics/121). The name before the comma is who
speaks; the title only says what they are, as in the parses that get the apposition right.

A name that is the object of a preposition or a verb ("a letter from chief executive Sidney Taurel, the company
says", "introduced by his son Nick, a trainee vicar, who …") is another actor beside the subject, and a name the
title that names no person ("Cambiemos, an online puzzle game") says the name is no speaker: both are left as
parsed. The tagger may miss the name ("Mr Prettejohn, Lloyd's chief executive said", "Theresa May, Tory shadow
work …"): an honorific and a surname, or a census given name before an untagged surname, are a person's name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import is_actor_noun
from .context import Attribution, Context
from .speakers import _BODY_NOUNS, _NAME_HONORIFICS as _HONORIFICS, untagged_full_name

#: Relations by which a name is governed by something else than the title: an object, an owner, an agent.
_GOVERNED = frozenset({"pobj", "dobj", "dative", "poss", "agent", "attr", "oprd"})


def name_before_title(attribution: Attribution, ctx: Context) -> Attribution | None:
    """The person named right before the speaker's title and a comma, when the parse made the title the speaker."""
    speaker = attribution.speaker
    if speaker is None or attribution.route == "none" or not _titles_a_person(speaker.root):
        return None
    doc = speaker.doc
    first = speaker.start
    if first < 2 or doc[first - 1].text != ",":
        return None
    name = _person_before(doc[first - 2], ctx)
    if name is None or ctx.quoted(name[0]) or name.root.dep_ in _GOVERNED:
        return None
    return Attribution(name, attribution.cue, attribution.route)


def _titles_a_person(root: Token) -> bool:
    """Whether a title's head, or a head joined to it, is a noun for a person ("spokesman", "work and pensions secretary").

    "Cambiemos, an online puzzle game, …": a game's description stands beside a name that is no speaker.
    """
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]
    return any(t.pos_ == "NOUN" and is_actor_noun(t) and t.lemma_.lower() not in _BODY_NOUNS for t in heads)


def _person_before(last: Token, ctx: Context) -> Span | None:
    """The person's name ending on ``last``: a tagged person, "Mr Prettejohn", or an untagged "Theresa May"."""
    name = ctx.entities.get(last.i)
    if name is not None:
        if name.end != last.i + 1 or name.label_ != "PERSON" or ctx.kind_of(name) not in (None, "", "person"):
            return None
        return name
    if last.i > 0 and last.nbor(-1).lower_.rstrip(".") in _HONORIFICS and last.pos_ == "PROPN" and last.is_title:
        return last.doc[last.i - 1 : last.i + 1]
    return untagged_full_name(last, entities=ctx.entities)
