"""Outlook cue for a chance, right or span of time to act, granted or held now (#13, twenty-eighth pass).

"Aaron Foster and David Treacy have won the right to take part in a tournament", "Mr Foster and Mr Treacy get the
chance to attend the World Tour", "Foreign firms have been given an extra year to meet tough new … regulations",
"LG Card's creditors have given LG group until Wednesday to sign up to a $1.1bn rescue package", "Viacom has five
days to pay the $3.5m fine": what someone has just been let do, or has a set time to do, is still to be done; the
clause has no modal, frame or dated verb for :mod:`.cues` to read. The nouns are WordNet 3.0's "opportunity, chance"
(14483917-n), "right" (05174653-n, an abstract idea of that which is due), "permission" (06689297-n) with its "leave"
(06690114-n, "she was granted leave to speak"), "license, permission, permit" (01139194-n, with "licence" of
06549661-n) and "go-ahead, green light" (06874391-n), and time granted: "time" or a measure of it (day, week, month, year, hour) with a number or "extra/more/further"; or "until" a time on the giving
verb. The verbs are the getting and giving ones the frame needs: win, gain, earn, get, secure, receive, obtain,
land; give, grant, offer, hand, award, allow (passive or with the one given as object); and "have".

Told now: the present perfect ("have won the right"), the present progressive ("UK gamers are getting a chance to
take part") or the simple present when the one who gets it is named ("England have the chance to seal …"); a rule
or a game reviewer's "you" has no one named ("A patent gives the owner the right to stop anyone else", "you even
get chance to use a mech", "The people have the right to know"). Left out: past narration ("Both sides were
granted permission to appeal", "won the right to step down" last July), a chance had in the perfect ("has had the
chance to tackle the problems … and has failed": gone by), a giver with no one given ("Mobile owners have also given
the chance to donate", a lost "been"), a negation, a modal (its own cue reads it), and a side clause ("giving him the time and space to steer the ball past Halliwell").
:func:`opening_granted_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, SCHEDULED, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's 14483917-n, 05174653-n, 06689297-n with 06690114-n, 01139194-n with "licence", and 06874391-n.
OPENINGS = frozenset({"chance", "opportunity", "right", "permission", "leave", "licence", "license", "permit", "go-ahead"})
#: Time granted or held: "an extra year", "five days", "more time".
_TIME_NOUNS = frozenset({"time", "day", "week", "month", "year", "hour"})
_MORE = frozenset({"extra", "more", "further", "additional"})
GETTING = frozenset({"win", "gain", "earn", "get", "secure", "receive", "obtain", "land", "have"})
GIVING = frozenset({"give", "grant", "offer", "hand", "award", "allow"})
#: Who gets it, when it is told in the simple present: a generic "you" or "one" names no one.
_GENERIC = frozenset({"you", "one", "we", "anyone", "everyone", "people"})


def _infinitive(head: Token) -> bool:
    return any(
        c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def _opening(verb: Token) -> tuple[str, Token] | None:
    """The chance, right or time the verb grants, with what holds the infinitive: ``(kind, noun or verb)``."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.pos_ != "NOUN":
            continue
        lemma = lemma_of(child)
        if lemma in OPENINGS:
            return EXPECTED, child
        measured = any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in _MORE) for c in child.children)
        if lemma in _TIME_NOUNS and (measured or (lemma == "time" and any(c.lower_ in _MORE for c in child.children))):
            return SCHEDULED, child
    if lemma_of(verb) in GIVING and any(
        c.dep_ == "prep" and c.lower_ == "until" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
    ):
        return SCHEDULED, verb  # "have given LG group until Wednesday to sign up"
    return None


def _recipient(verb: Token) -> Token | None:
    """Who a giving verb in the active gives it to: its indirect object, or an object that is not the chance or time."""
    return next((c for c in verb.children if c.dep_ == "dative"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) not in OPENINGS | _TIME_NOUNS), None
    )


def _named(verb: Token) -> bool:
    """The one who gets it is named: a proper noun or a definite pronoun, not a rule's "you" or a bare noun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma_of(verb) in GIVING and subject is not None and subject.dep_ == "nsubj":
        subject = _recipient(verb)
    if subject is None or subject.lower_ in _GENERIC:
        return False
    return subject.tag_ in ("NNP", "NNPS") or (subject.tag_ == "PRP" and subject.lower_ not in _GENERIC)


@first_test(FirstTest(lemmas=GETTING | GIVING, pos=frozenset({"VERB", "AUX"}), deps=frozenset({"ROOT", "ccomp", "conj"})))
def opening_granted_cue(token: Token) -> str | None:
    """ "have won the right to take part", "get the chance to attend", "have been given an extra year to meet",
    "has five days to pay": a chance, right or time to act, granted or held now, is a thing still to be done
    (#13: 4 check-set misses in 3 articles, sets 7, 20 and 25, with the corpus census, read). See the module for
    what is left out.
    """
    if lemma_of(token) not in GETTING | GIVING or token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    if is_negated(token) or is_past_clause(token):
        return None
    found = _opening(token)
    if found is None:
        return None
    kind, holder = found
    if lemma_of(token) == "have" and token.tag_ == "VBN":
        return None  # "Tony Blair has had the chance to tackle the problems … and has failed": a chance gone by
    active = not any(a.dep_ == "auxpass" for a in _auxiliaries(token))
    if lemma_of(token) in GIVING and active and _recipient(token) is None:
        return None  # "Mobile owners have also given the chance to donate": the giver's frame with no one given it
    if not _infinitive(holder) and not (holder is not token and _infinitive(token)):
        return None
    auxes = _auxiliaries(token)
    if any(a.tag_ in ("MD", "VBD") for a in auxes):
        return None
    perfect = token.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    progressive = token.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    present_passive = token.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    simple = token.tag_ in ("VBZ", "VBP") and not auxes
    if perfect or progressive:
        return kind
    if (simple or present_passive) and _named(token):
        return kind
    return None
