"""Outlook cue for a thing put off to a date ahead, told in the past (#13, thirty-sixth pass).

"Mumbai High Court postponed the film's launch until 3 February", "Creditors agreed on Friday to suspend interest
payments until 2007", "US judge Susan Illston pushed back a preliminary evidentiary hearing … until 6 June": the
putting off is done, so the clause is past and the cues of :mod:`.cues` see nothing ahead; :mod:`.dated`'s deadline
year ahead leaves a past clause out on purpose ("By 2003 sales had doubled"). But a deferral's deadline is the new
time of what was put off, and that time is still to come when the article has not reached it: a schedule.

The verbs are a lexical class read off WordNet 3.0 (``data/deferral_verbs.txt``, made by
``tools/wordnet_deferral_verbs.py``: "postpone", "defer", "delay", "suspend", "reschedule", "put_off", …), and the
construction of a transitive verb with the particle "back" ("pushed back a hearing", "push back its break-even
target"), which WordNet files under other senses. :func:`deferred_to_cue` is its own function so that it can be
weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import DEFERRAL_VERBS
from .cues import SCHEDULED, is_negated, is_past_clause
from .dated import _told_in_a_past_year, _year, latest_past_year, year_positions
from .first_tests import FirstTest, first_test, lemma_of

#: Multi-word lemmas of the class by their verb: "put_off" is "put" with the particle "off".
_PARTICLED: dict[str, set[str]] = {}
for _verb in DEFERRAL_VERBS:
    if "_" in _verb:
        _head, _, _particle = _verb.partition("_")
        _PARTICLED.setdefault(_head, set()).add(_particle)
_SINGLE = frozenset(v for v in DEFERRAL_VERBS if "_" not in v)
#: Prepositions of the new time: "until 3 February", "to 2006" ("push back … from 2005 to 2006").
_NEW_TIME = frozenset({"until", "till", "to"})
#: Words that put a date behind the telling or tell it from a past story's point of view ("until the following week").
_NOT_AHEAD = frozenset({"last", "ago", "yesterday", "earlier", "previous", "previously", "following", "before"})


@first_test(FirstTest(lemmas=_SINGLE | frozenset(_PARTICLED), lowers=frozenset({"back"})))
def deferred_to_cue(token: Token) -> str | None:
    """ "postponed the film's launch until 3 February", "agreed … to suspend interest payments until 2007", "a process
    delayed until at least Thursday", "pushed back a … hearing … until 6 June": a verb of putting off with an
    "until/till/to" date the article has not reached is the new schedule of what was put off (#13: set 33's miss,
    sport/091; 7 uncovered corpus sentences in 7 articles). The particle construction is asked of "back" ("pushed
    back a hearing"), so that no other verb is asked.

    The date is ahead when it names a year later than every year the article tells in a past clause
    (:func:`.dated.latest_past_year`), or names no year and no word that puts it behind the telling ("until
    Thursday", "until the end of the year"; not "until the following week", told from a past story). Left out: a
    negated clause ("did not delay"), a clause dated in a past year ("In 2001 the vote was postponed until 2002": a
    past story), and a date that is no time ("suspended from all competition": no "until/to" date).
    """
    verb = _deferring_verb(token)
    if verb is None or is_negated(verb):
        return None
    date = _new_time(verb)
    if date is None or not _ahead(date):
        return None
    if _told_in_a_past_year(verb):
        return None
    return SCHEDULED


def deferred_time(token: Token) -> Span | None:
    """The new time of a deferral :func:`deferred_to_cue` reads at ``token``, with its preposition ("until 6 June",
    "to 2006"): the item's ``when``, which :func:`~.extractor.when_span` would not take from a past clause."""
    if deferred_to_cue(token) is None:
        return None
    verb = _deferring_verb(token)
    date = _new_time(verb) if verb is not None else None
    if date is None:
        return None
    end = date.i
    for word in date.subtree:  # the date's own words: not "by Athletics Kenya" the parser hung on "the end of the year"
        if word.i == end + 1 and word.ent_type_ in ("DATE", "TIME"):
            end = word.i
    return date.doc[date.head.i : end + 1]


def _deferring_verb(token: Token) -> Token | None:
    """The verb that puts a thing off: a verb of the class ("postpone", "put off"), or the head of the particle "back"
    when it has an object ("pushed back a hearing"; not "dates back to 1998")."""
    if token.lower_ == "back":
        verb = token.head
        if token.dep_ in ("prt", "advmod") and verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
            return verb
        return None
    if token.pos_ != "VERB":
        return None
    lemma = lemma_of(token)
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")}
    if lemma in _SINGLE or particles & _PARTICLED.get(lemma, set()):
        return token
    return None


def _new_time(verb: Token) -> Token | None:
    """The object of the verb's "until/till/to" phrase when it is a date; the parse may hang the phrase on a relative
    clause of the verb's object across a dashed aside ("pushed back a hearing - which was due … - until 6 June")."""
    heads = [verb] + [r for o in verb.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _NEW_TIME or (head is not verb and prep.i < head.i):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("DATE", "TIME"):
                    return obj
    return None


def _ahead(date: Token) -> bool:
    words = list(date.subtree)
    if any(t.lower_ in _NOT_AHEAD for t in words):
        return False
    years = [y for y in map(_year, words) if y is not None]
    if not years:
        return True
    latest = _latest_past_year_besides(date)
    return latest is None or min(years) > latest


def _latest_past_year_besides(date: Token) -> int | None:
    """:func:`.dated.latest_past_year` without the years of deferrals' own new times: "agreed on Friday to suspend
    interest payments until 2007" tells 2007 in a past clause, as the time the payments are put off to."""
    latest = latest_past_year(date.doc)
    if latest is None or not any(_year(t) == latest for t in date.subtree):
        return latest
    doc = date.doc
    # the tokens that write a year, from the doc's word column (:func:`.dated.year_positions`, #18, scale28): the two
    # walks over every token of the article made a ``Token`` of each to ask whether it was a year
    year_tokens = [doc[i] for i in year_positions(doc)]
    own = set()
    for token in year_tokens:
        if token.dep_ in ("pobj", "nummod"):
            obj = token if token.dep_ == "pobj" else token.head
            if obj.dep_ == "pobj" and obj.head.lower_ in _NEW_TIME:
                own.add(token.i)
    years = [_year(t) for t in year_tokens if t.i not in own and is_past_clause(t)]
    return max(years, default=None)
