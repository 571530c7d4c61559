"""A town's name in a sentence that names a cup or a league, as the subject or the object of its verb, is the town's
club: "knocked out of the FA Cup by Newcastle", "before seeing Barcelona secure a 2-1 Champions League lead",
"Newcastle were never really in danger of going out of the Uefa Cup".

Why (#15, actors32): the held-out read ``Random(11212)`` missed clubs the tagger read as places and the table dropped
(a place that is no country is no actor). The club frames of :mod:`.clubs` read a club post ("Newcastle boss"), a
fixture verb's object ("face Chelsea"), a transfer's "from"; a town that itself wins, loses, knocks out or is knocked
out was left a place. A sentence that names a competition — a name ending in "Cup", "League", "Premiership" or
"Championship" the tagger found — is about its sides, and a town acting in it, or acted on, is a side.

The construction: one title-case word typed a place (GPE), that the gazetteer knows as a town, no country's name and
no capital's (a capital is its state: "London"); no capitalised word right before or after it (the end or the start
of a longer name: "Partizan Belgrade", "Newcastle United"); the subject, the passive subject or the object of a verb,
or the "by", "against", "over" or "with" of one; in a sentence with an entity whose last word names a competition.
Left alone: a town after "in", "at", "to", "from" (where a match is played, or a place one goes), and people and
regions the tagger typed places ("Almunia will start Tuesday's Champions League tie", "Europe"): no town of the
gazetteer.

Over the BBC corpus: the frame holds 16 names in 10 articles, all clubs (Newcastle, Barcelona, Liverpool, Milan, Fulham,
Northampton); against main's dump it changes 8 articles: 5 clubs listed that were dropped as places (sport/144, 159
×2, 205 ×2) and 5 mentions added to clubs already listed, every one right; the five places leave the key facts.
"""

from __future__ import annotations

from spacy.tokens import Span

from .gazetteer import country_form, is_place

#: Last words of a competition's name: "the FA Cup", "the Champions League", "the Premiership".
COMPETITION_WORDS = frozenset({"cup", "league", "premiership", "championship", "championships", "trophy", "shield"})

#: Arcs of a verb's own sides: its subject, its passive subject and its object.
_VERB_SIDES = frozenset({"nsubj", "nsubjpass", "dobj"})

#: Prepositions whose object is the other side of a verb's match: "knocked out by", "won against", "victory over".
_SIDE_PREPOSITIONS = frozenset({"by", "against", "over", "with"})


def names_a_competition(ent: Span) -> bool:
    """ "the FA Cup", "Champions League", "the Uefa Cup": an entity whose last word is a competition's."""
    words = [t for t in ent if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].is_title and words[-1].lower_ in COMPETITION_WORDS


def town_side_beside_a_competition(ent: Span) -> bool:
    """Whether a place-typed ``ent`` is a town's club acting in, or acted on in, a sentence about a competition."""
    words = [t for t in ent if not t.is_space]
    if ent.label_ != "GPE" or len(words) != 1 or not words[0].is_title or not words[0].is_alpha:
        return False
    if country_form(words[0].text) is not None or not is_place(words[0].text):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if (before is not None and before.is_title and before.pos_ == "PROPN") or (after is not None and after.is_title and after.pos_ == "PROPN"):
        return False  # "Partizan Belgrade", "Newcastle United": part of a longer name
    root = ent.root
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ not in _SIDE_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
            return False
    elif root.dep_ not in _VERB_SIDES or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(names_a_competition(other) for other in ent.sent.ents if other.label_ in ("EVENT", "ORG") and other is not ent)
