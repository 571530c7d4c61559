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
