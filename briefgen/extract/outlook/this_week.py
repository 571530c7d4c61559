"""Outlook cue for this week's event named by its day, told now as the clause's subject or object (#13, fiftieth pass).

"Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair", "… at Lusaka's
Independence stadium, where Saturday's game is being played", "Milan's talismanic European footballer of the year
misses Wednesday's Champions League first-leg tie after fracturing his cheekbone": English schedules with the present
("The game is being played on Saturday", "He misses the tie on Wednesday", :func:`~.cues.futurate_cue`), and a
weekday in the possessive dates the event as "on Saturday" does. The futurate cue reads a calendar day in a phrase of
the verb; here the day is the possessive of the verb's own subject or object, which it does not look into.

Two positions, each with the tense that schedules there:

* the event as the **subject** of the present progressive, active or passive ("is being played", "is being hosted",
  "is taking place"). Not the simple present, which tells this week's event already over as often as not: "Thursday's
  figures offer a progress check", "Tuesday's figures represent the first time …", "Saturday's speech comes days
  after …" (the corpus census: all three over);
* the event as the **direct object** of a verb told now (:func:`.fixtures.told_now`: the simple present or the present
  progressive) that is no verb of state (:data:`~.cues._STATIVE`): "misses Wednesday's tie", "contemplates Sunday's
  set-to".

Left out as :func:`~.ahead.weekday_event_in_perfect_cue` leaves them out: "last Saturday's", a negated verb, a clause
told in the past ("where Saturday's game was played" fails the tense; a present clause keeps its present below a
past one, as :func:`~.cues.futurate_cue`'s relative clauses do), and a modal (it speaks for itself). The kind is scheduled, with no holder: the event is on the calendar, no one is said to expect it.
:func:`weekday_event_told_now_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .ahead import _THIS_WEEK
from .cues import SCHEDULED, _PAST_TIME_WORDS, _STATIVE, _auxiliaries, is_negated, is_past_clause, progressive_passive
from .first_tests import FirstTest, first_test, lemma_of
from .fixtures import told_now


def _progressive_now(verb: Token) -> bool:
    """The present progressive, active ("is taking place") or passive ("is being played"), and nothing else."""
    auxes = _auxiliaries(verb)
    if verb.tag_ == "VBG":
        return len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in ("VBZ", "VBP")
    return verb.tag_ == "VBN" and progressive_passive(auxes)


@first_test(FirstTest(lowers=_THIS_WEEK, deps=frozenset({"poss"})))
def weekday_event_told_now_cue(token: Token) -> str | None:
    """ "Tuesday's meeting … is being hosted by Tony Blair", "where Saturday's game is being played", "misses
    Wednesday's Champions League first-leg tie": this week's event named by its day, as the subject of the present
    progressive or the object of a verb told now, is still to come (#13: 3 check-set misses in 3 articles, sets 43
    and 45; in the corpus those 3 and no other sentence). See the module for what is left out."""
    if token.lower_ not in _THIS_WEEK or token.dep_ != "poss":
        return None
    event = token.head
    while event.dep_ in ("compound", "nmod") and event.head.pos_ in ("NOUN", "PROPN"):
        event = event.head  # "Wednesday's cup match": the parser may hang the day on the compound
    if event.pos_ not in ("NOUN", "PROPN", "ADJ") or any(t.lower_ in _PAST_TIME_WORDS for t in event.subtree):
        return None  # the parser tags "Saturday's final" an adjective; "last Saturday's" is past
    verb = event.head
    if verb.pos_ != "VERB":
        return None
    if event.dep_ in ("nsubj", "nsubjpass"):
        if not _progressive_now(verb):
            return None
    elif event.dep_ == "dobj":
        if not told_now(verb) or lemma_of(verb) in _STATIVE:
            return None
    else:
        return None
    if is_negated(verb) or is_past_clause(verb):
        return None
    return SCHEDULED
