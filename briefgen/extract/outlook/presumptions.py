"""Precision filter: a "will" that presumes what has already happened looks at the past, not ahead (#13).

"But keen students of body language will have had a field day", "Still, recent rulings and announcements will have
boosted optimism", "two tries against Newcastle will have boosted his chances", "His time out of office will,
however, have lost him his salary", "the virtual football fans among us will have become used to …": "will" with a
perfect infinitive and nothing that places the perfect ahead is English's presumptive "will" — the writer's
confident guess about what is already so, as in "that will be the postman". A future perfect needs a point ahead to
be perfect at, and the sentence names it: a time ("At the end of this year, Ryanair will have taken delivery",
"by 2009", "by which time he will have been …"), a condition or time clause ("If Radcliffe crosses the line first
she will have proved her critics wrong") or a time the clause hangs from ("at a time when the number of elderly will
have almost doubled"); all of those keep their outlook.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import future_time_spans

#: The forms of "will": "won't" is tokenised "wo" + "n't".
_WILL = frozenset({"will", "'ll", "wo"})
#: Entity labels of times: a date or time in the clause may be the point the perfect is reckoned from.
_TIMES = frozenset({"DATE", "TIME"})
#: Words that make a time entity a point on the calendar ahead or now, as a number or a name does ("this year").
_PLACING = frozenset({"next", "this", "coming", "following", "end", "start", "beginning", "later", "tomorrow", "tonight", "soon"})
#: Words that put a time entity behind the telling: "For the past decade", "last week".
_PAST = frozenset({"past", "last", "ago", "yesterday", "earlier", "previously"})


def _perfect_infinitive(modal: Token) -> Token | None:
    """The participle of "will have + past participle" that ``modal`` governs, if it does."""
    verb = modal.head
    if verb.tag_ != "VBN" or modal.dep_ != "aux":
        return None
    if not any(a.dep_ == "aux" and a.lower_ == "have" and a.i > modal.i for a in verb.children):
        return None
    return verb


def _placed_ahead(verb: Token) -> bool:
    """Whether the sentence gives the perfect a point to be reckoned from: a time phrase or date in the clause, a
    "by" phrase, a finite clause of condition or time on it, or a clause that itself hangs from a noun ("a time when …")."""
    if verb.dep_ in ("relcl", "acl", "advcl"):
        return True
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in child.children):
            return True  # "If he scores …", "when the deal closes": not a participle ("had a long night reading …")
        if child.dep_ == "prep" and child.lower_ in ("by", "until", "before"):
            return True
    if any(_a_point(ent) for ent in verb.sent.ents if ent.label_ in _TIMES and verb.left_edge.i <= ent.start < verb.right_edge.i + 1):
        return True
    return bool(future_time_spans(verb.sent))


def _a_point(ent) -> bool:
    """A time entity that names a point the perfect may be reckoned from: a number, a name or a placing word ("At the
    end of this year", "by 2009", "on Sunday"), none behind the telling ("For the past decade"). The tagger also
    dates idioms ("a field day"), which name no point."""
    words = {t.lower_ for t in ent}
    if words & _PAST:
        return False
    return bool(words & _PLACING) or any(t.like_num or t.pos_ == "PROPN" for t in ent)


def presumes_the_past(token: Token) -> bool:
    """Whether ``token`` is a presumptive "will": a perfect infinitive with nothing placing it ahead (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _WILL:
        return False
    verb = _perfect_infinitive(token)
    return verb is not None and not _placed_ahead(verb)
