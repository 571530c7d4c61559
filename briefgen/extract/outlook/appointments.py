"""Outlook cue for a scheduled present whose time :func:`.cues.futurate_cue` does not read (#13, thirtieth pass).

English schedules with the plain or progressive present ("Talks begin on Monday"), and :func:`.cues.futurate_cue`
reads that when the verb carries a calendar day or month ("on 21 January", "until Sunday"). The same present carries
other times a reader places ahead just as surely, which that cue leaves: a weekend ("Online registration for the
first stop opens this weekend", "Stuff and What Hi-Fi? are hosting a best-of gadget show in London this weekend" — the
parser often hangs the time on the event's noun), a span of days ("the 3GSM, which runs from 14 to 17 February",
"the three-day event, which takes place from 10-12 June"), a season ("The 28-year-old's contract expires in the
summer"); and the tagger's bare form
of a plural present ("Tickets for the V festival go on sale on Friday 11 March", tagged ``VB``) hides the tense the
cue asks for. A narrated past would say "opened", "ran", "expired".

The verb must be what :func:`.cues.futurate_cue` takes for an event told now: not a verb of state, saying or market
move (its stative lists), a main, reported, coordinated or relative clause (a relative one with its own "which/that")
or a clause of time, in the present, the present progressive or the present passive, not negated and not under
past narration. A weekend only "this" one (not "every weekend", "at weekends"); a span only with no year that dates it
("from January 2004 to …" measures the past); a season only "the" or "this" one ("in summer" is a habit's). Left out,
sized on the 2,127 distinct BBC texts: "in <year>" on such a present, even after every year the article tells in the
past (10 corpus sentences, 5 right: "received honours in 2004", "is set in 1992", "follows a gift in 2003" are
narration or a setting the tagger gave a present). :func:`scheduled_present_cue` is its own
function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import (
    _APPOINTMENT_STATES,
    _PASSIVE_STATES,
    _PRESENT_EVENT,
    _STATIVE,
    SCHEDULED,
    _auxiliaries,
    _calendar_day,
    _clause_of_time,
    _pobjs,
    is_negated,
    is_past_clause,
)
from .dated import _year
from .first_tests import first_test, lemma_of

#: Seasons: "in the summer" places a present event in the coming one, as "in June" does.
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})


def _told_now(token: Token) -> bool:
    """The present, its progressive or passive; or a bare form (``VB``) heading a clause with its own subject and no
    auxiliary, which the tagger gives a plural present ("Tickets … go on sale on Friday")."""
    auxes = _auxiliaries(token)
    if token.tag_ == "VB":
        return not auxes and token.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in token.children)
    if token.tag_ in ("VBZ", "VBP"):
        return not auxes
    if token.tag_ == "VBG":
        return any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and not any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes)
    return token.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _dated_by_year(date: Token) -> bool:
    return any(_year(t) is not None for t in date.subtree)


def _this_weekend(date: Token) -> bool:
    """ "this weekend", "this coming weekend": one weekend, placed; not "every weekend", "at weekends"."""
    return date.lower_ == "weekend" and any(c.lower_ == "this" for c in date.children)


def _weekend_on(head: Token) -> bool:
    """ "this weekend" as the head's time adverb or the object of its "on"/"at"."""
    for child in head.children:
        dep = child.dep_
        if dep in ("npadvmod", "tmod") and _this_weekend(child):
            return True
        if dep == "prep" and child.lower_ in ("on", "at") and any(g.dep_ == "pobj" and _this_weekend(g) for g in child.children):
            return True
    return False


def _other_time(token: Token) -> bool:
    """A time :func:`.cues.futurate_cue` does not read, on the verb (or, for a weekend, on its object); one pass over
    the verb's dependents, as the cue is asked of every present verb (#18)."""
    for child in token.children:
        dep = child.dep_
        if dep in ("npadvmod", "tmod"):
            if _this_weekend(child):
                return True
        elif dep == "dobj":
            if _weekend_on(child):
                return True
        elif dep == "prep":
            word = child.lower_
            if word in ("on", "at"):
                if any(g.dep_ == "pobj" and _this_weekend(g) for g in child.children):
                    return True
            elif word == "from":
                # a span of days: "from 6 to 9 January", "from 10-12 June", "from 14 to 17 February"
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if any(_calendar_day(o) and not _dated_by_year(o) for o in objects) and (
                    len(objects) > 1 or any(t.lower_ in ("to", "-", "until") for o in objects for t in o.subtree)
                ):
                    return True
            elif word == "in":
                for o in child.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in SEASONS and o.tag_ == "NN" and any(
                        c.lower_ in ("the", "this") for c in o.children
                    ):
                        return True  # "in the summer"; not "in summers past", "in summer 2003"
    return False


@first_test(_PRESENT_EVENT)
def scheduled_present_cue(token: Token) -> str | None:
    """ "Online registration for the first stop opens this weekend", "the 3GSM, which runs from 14 to 17 February",
    "The 28-year-old's contract expires in the summer", "Tickets … go on sale on Friday 11 March": an event told in
    the present with a time ahead that :func:`.cues.futurate_cue` does not read is scheduled (#13: 5 check-set misses
    in 5 articles, sets 6, 12, 23, 25, 27, with the corpus census, read). See the module for the times and what is
    left out.
    """
    if token.pos_ != "VERB" or (token.tag_ == "VB" and token.dep_ not in ("ROOT", "conj")):
        return None
    if token.dep_ not in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
        return None
    dated = _other_time(token) or (  # the bare plural present with a calendar day, which the futurate cue reads of VBZ/VBP only
        token.tag_ == "VB" and any(_calendar_day(d) for d in _pobjs(token, ("on", "in", "until", "till")))
    )
    if not dated or not _told_now(token):
        return None  # the time first: most present verbs carry none
    lemma = lemma_of(token)
    appointment = lemma in _APPOINTMENT_STATES and token.tag_ != "VBN"
    if lemma in (_PASSIVE_STATES if token.tag_ == "VBN" else _STATIVE) and not appointment:
        return None
    if token.dep_ == "advcl" and not _clause_of_time(token):
        return None
    if token.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in token.children):
        return None  # a contact clause is as often a title's words
    if is_negated(token) or is_past_clause(token):
        return None
    return SCHEDULED
