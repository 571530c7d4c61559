"""Precision filters: cues whose outlook the sentence itself tells as overtaken (#13).

A cue says a sentence looks ahead; these say that the sentence's own words put that look ahead in a past that
has since been left, so the cue does not count. Each is a plain function of a cue's token, asked after the cues
are found, so the cue tables of :mod:`.cues` stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import clause_verb, is_past, reporting_frame

#: Adverbs that place an intention at a first stage: "originally", "initially". Told of a past verb of saying,
#: planning or wanting, they say the intention was overtaken; told of a verb ahead, they name the first stage of
#: what is ahead ("will initially be available in Japan"), which stays outlook.
FIRST_STAGE_ADVERBS = frozenset({"originally", "initially"})


def _told_in_the_past(verb: Token) -> bool:
    """ "said", "had pledged", "wanted"; or a bare participle of comparison, "than originally planned"."""
    if is_past(verb):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def first_stage_overtaken(token: Token) -> bool:
    """The intention is told as a first stage since left: "Initially, BMW said it would produce 100,000 Mini
    models a year … but the target was quickly reached, then raised", "the government had originally pledged
    …", "manufacturing 5,000 more copies than originally planned", "Federer initially wanted Darren Cahill".

    The adverb must modify the cue's own word, its clause's verb or the verb of saying that reports the clause,
    and that verb must be past: "It will be contributing software that was originally designed to spot
    anomalies" keeps its own "will", and "The phone will initially be available in Japan" looks ahead.
    """
    verb = clause_verb(token)
    frame = reporting_frame(verb)
    for candidate in {token, verb, *([frame] if frame is not None else [])}:
        if any(c.dep_ == "advmod" and c.lower_ in FIRST_STAGE_ADVERBS for c in candidate.children) and _told_in_the_past(candidate):
            return True
    return False


#: Modals whose perfect ("would have", "could have", "might have") tells what did not, or may have, happened: a
#: past counterfactual or a guess about the past. "will have" and "shall have" look ahead ("will have finished
#: by 2006") and are not here.
_PAST_MODALS = frozenset({"would", "could", "might", "may", "should", "must"})


def _auxiliaries(verb: Token) -> list[Token]:
    """A verb's auxiliaries, and theirs when the parser hangs the modal on "have": "could have qualified"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return auxes + [g for a in auxes for g in a.children if g.dep_ in ("aux", "auxpass")]


def _modal_perfect(verb: Token) -> bool:
    auxes = _auxiliaries(verb)
    return any(a.tag_ == "MD" and a.lower_ in _PAST_MODALS for a in auxes) and any(a.lemma_ == "have" for a in auxes if a.tag_ != "MD")


def _finite(verb: Token) -> bool:
    """The verb carries its own tense: "expects", "will be held", "has tumbled"; not "to rely", "preparing"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("MD", "VBD", "VBZ", "VBP") for a in _auxiliaries(verb))


def counterfactual_perfect(token: Token) -> bool:
    """The cue sits in a clause under a modal perfect: "But the 21-year-old would have had to rely on a wild card
    next season because her ranking has tumbled" (she entered after all), "had he still been a backbencher, he would
    have been giving Mr Blair the same message", "2003 would have seen it taxiing down the runway … and preparing
    for take-off", "neither side could have qualified". The modal cue already leaves most of "may have been" out;
    a time, a frame or a participle in such a clause, or below it in words with no tense of their own, is no more
    ahead than the clause is. A clause with its own tense is its own ("it would have made a profit - and expects to
    move into the black in 2006"), and ``will have`` is a future perfect that stays ahead."""
    current = clause_verb(token)
    for _ in range(8):
        if _modal_perfect(current):
            return True
        if _finite(current) or current.head == current:
            return False
        current = clause_verb(current.head)  # "to rely" takes the tense of "would have had"; "preparing" of "seen"
    return False
