"""Outlook cues for things ahead that no future verb carries (#13, seventeenth pass).

Two constructions the modal, frame and time cues of :mod:`.cues` miss, each in its own function so that it
can be weighed (and dropped) on its own:

* :func:`foreseen_for_cue` -- a noun described by a forecasting participle dated ahead: "The big trend
  predicted for this year is the convergence of computers with …", "his keenness to play a part in the poll,
  expected in May", "With the election widely predicted for May, …". The forecast is the article's present
  view of the noun's date, whatever the tense of the clause the noun stands in.
* :func:`contest_ahead_cue` -- a contest named in the present by its opponents: "Henman, who now faces Russian
  Igor Andreev in the last 16", "Ireland next face France at Lansdowne Road", "She faces German Marlene
  Weingartner in the first round". News narrates what has been played in the past tense ("met", "beat"), so
  a fixture told in the present is one still to play, dated or not (a dated one is already
  :func:`~.cues.futurate_cue`'s).
* :func:`on_course_cue` -- a goal the subject is on course or on track for, told in the present or reported:
  "Qantas … is on track to top its target of A$500m for the full year", "suggests the Conservatives are on
  course for their worst election defeat in a century" (#13, nineteenth pass).
* :func:`in_the_running_cue` -- a contender told now: "The film is also in the running for best original
  screenplay" (#13, twentieth pass).
* :func:`to_come_with_cue` -- things "to come" in a "with" phrase, whose time is the writer's: "The stars were
  shortlisted on Monday for supporting roles, with the main nominations still to come" (#13, twentieth pass).
* :func:`weekday_event_in_perfect_cue` -- this week's event named by its day in a clause of the present perfect or
  the present passive: "Joss Stone has been nominated in three categories in Wednesday's Brit awards", "Duff has
  been ruled out of Wednesday's Champions League clash" (#13, twentieth pass).

The modifiers of the same kind ("the imminent 'war on living rooms'", "The predicted huge growth in the gadget
market") place a noun as :func:`~.cues.forward_modifier_cue` does and are listed with its words
(:data:`~.cues.FORESEEN_MODIFIERS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import (
    EXPECTED,
    SCHEDULED,
    _PAST_TIME_WORDS,
    _WEEKDAYS,
    _auxiliaries,
    _past_anchor,
    backshifted,
    clause_verb,
    governing_past_link,
    is_negated,
    is_past,
    is_past_clause,
)
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of forecasting whose participle describes a noun by when it is foreseen ("the poll, expected in May").
FORECASTING_PARTICIPLES = frozenset({"predict", "forecast", "expect", "anticipate", "project", "foresee"})
#: Prepositions that date a forecast noun: "predicted for May", "expected in May", "forecast by 2008".
_FORESEEN_DATING = frozenset({"for", "in", "by", "before", "within"})


@first_test(FirstTest(lemmas=FORECASTING_PARTICIPLES, tags=frozenset({"VBN", "VBD"}), deps=frozenset({"acl", "advcl"})))
def foreseen_for_cue(token: Token) -> str | None:
    """ "The big trend predicted for this year", "the poll, expected in May", "With the election widely
    predicted for May": a bare participle of a forecasting verb describing a noun, dated with a date that is
    not past, says what the noun is expected to be or when -- a forecast standing now, as "is expected in
    May" would say. The parser hangs the participle on its noun (``acl``), on the clause as a "with" clause,
    or, set off by a comma after the noun, on the clause's verb (``advcl`` with no subject of its own).

    Left out: a participle with an auxiliary (a clause of its own, which the frame cues read), a forecast
    compared ("than expected"), a date that is past ("last year", "ago") or a clause dated in a past year
    ("In 2003 the growth predicted for 2004 …"), and undated participles ("the expected rise", placed by
    :data:`~.cues.FORESEEN_MODIFIERS` when attributive, or "a result expected by many", which dates nothing).
    """
    if lemma_of(token) not in FORECASTING_PARTICIPLES or token.tag_ not in ("VBN", "VBD") or token.dep_ not in ("acl", "advcl"):
        return None
    if _auxiliaries(token) or is_negated(token):
        return None
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.lower_ in ("than", "as"):
        return None  # "higher than expected", "as expected": measured against a forecast, not one
    if token.dep_ == "advcl":
        with_clause = any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        detached = previous is not None and previous.text == "," and token.i >= 2 and token.doc[token.i - 2].pos_ in ("NOUN", "PROPN")
        if not (with_clause or (detached and not own_subject)):
            return None  # "…, expected in May" after a noun; not a participle of manner ("Shares fell, as expected")
    if _past_anchor(token, years=False) or _past_anchor(clause_verb(token.head)):
        return None
    return EXPECTED if _dated_ahead_by(token) else None


def _dated_ahead_by(participle: Token) -> bool:
    """The participle's own "for/in/by" phrase holds a date that is not past: "for this year", "in May"."""
    for prep in participle.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FORESEEN_DATING:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = list(obj.subtree)
            if obj.ent_type_ == "DATE" and not any(t.lower_ in _PAST_TIME_WORDS for t in words):
                return True  # the date itself: not "predicted in March's budget", a thing of that date
    return False


#: Verbs that name a contest by its sides: "Boro face Sporting Lisbon", "He now meets Mariano Puerta", "Carlos
#: Moya takes on Andy Roddick", "The 21-year-old plays Kevin Kim in the second round".
CONTEST_VERBS = frozenset({"face", "meet", "play", "take"})
#: Words that place a contest among the rounds to come: "now/next faces", "in the last 16", "in the second round",
#: "for a place in the quarter-finals". "play" needs one: undated and unplaced, "plays Hermione" is a role.
_ROUND_ADVERBS = frozenset({"now", "next", "potentially"})
_ROUND_NOUNS = frozenset(
    {"round", "final", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "last", "tie", "decider",
     "place", "leg", "play-off", "qualifier", "opener", "singles", "doubles"}
)
#: Entity types of a side in a contest: a player, a club or a country's team.
_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@first_test(FirstTest(lemmas=CONTEST_VERBS, pos=frozenset({"VERB"}), tags=frozenset({"VBZ", "VBP", "VBG"})))
def contest_ahead_cue(token: Token) -> str | None:
    """ "Henman, who now faces Russian Igor Andreev in the last 16", "Ireland next face France at Lansdowne
    Road", "Fulham face Carling Cup semi-finalists Watford": a contest told in the present by its sides (a
    named player, club or country as the object) is a fixture to come, as "Chelsea face Barcelona on 8 March"
    is (#13: events ahead with no future verb). "play" names a role as often ("DiCaprio plays millionaire
    Howard Hughes"), so it counts only placed among the rounds ("now plays", "in the second round").

    Left out: the past and any clause under past narration ("who beat him when they met"), the negated, a
    modal (which speaks for itself), the perfect, and objects that are no side ("faces charges", "faces a
    challenge": :func:`~.cues.sanction_faced_cue` reads the punishments).
    """
    lemma = lemma_of(token)
    if lemma not in CONTEST_VERBS or token.pos_ != "VERB" or token.tag_ not in ("VBZ", "VBP", "VBG"):
        return None
    if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):
        return None  # only "takes on": "takes Shanklin's wing berth" is a line-up, "takes time" nothing
    auxes = _auxiliaries(token)
    if token.tag_ == "VBG":
        if not (len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in ("VBZ", "VBP")):
            return None  # "is facing"; not "facing" alone nor "was facing"
    elif auxes:
        return None  # "will face" (the modal's), "has faced", "did not play"
    if is_negated(token) or is_past_clause(token):
        return None
    if not any(_is_side(c) for c in token.children if c.dep_ == "dobj"):
        return None
    placed = any(c.dep_ == "advmod" and c.lower_ in _ROUND_ADVERBS for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "for") and any(_names_round(g) for g in c.children if g.dep_ == "pobj")
        for c in token.children
    )
    if lemma == "play" and not placed:
        return None
    return SCHEDULED


def _is_side(obj: Token) -> bool:
    """A named player, club or country: "Andreev", "Sporting Lisbon", "France", "Spain's Albert Montanes"."""
    return obj.pos_ == "PROPN" and (obj.ent_type_ in _SIDES or any(t.ent_type_ in _SIDES for t in obj.subtree))


def _names_round(noun: Token) -> bool:
    """ "the last 16", "the second round", "the final", "a place in the quarter-finals"."""
    return noun.lower_ in _ROUND_NOUNS or any(t.lower_ in _ROUND_NOUNS for t in noun.subtree if t.dep_ in ("pobj", "compound", "amod"))


#: The nouns of "on course to/for", "on track to/for": the way to a goal the subject is keeping to.
_COURSE_NOUNS = frozenset({"course", "track"})
#: Verbs that state where the subject stands: "is/remains/stays on course". Not "keep" ("kept Ireland on track":
#: who kept it there) nor "look/seem" ("looked to be on course for an easy victory": how it looked at the time).
_STANDING = frozenset({"be", "remain", "stay"})


@first_test(FirstTest(lowers=_COURSE_NOUNS, pos=frozenset({"NOUN"}), deps=frozenset({"pobj", "attr"})))
def on_course_cue(token: Token) -> str | None:
    """ "is on track to top its target of A$500m for the full year", "the Conservatives are on course for their
    worst election defeat", "Mr Brown insisted he was on course to meet his golden rule": a subject on course for a
    goal (a to-infinitive or "for" a thing) has not reached it yet -- the forecast of where it is heading, as "is
    set to" is (#13: 1 check-set miss, 4 more in the corpus).

    Only when told now: the present of "be", "remain" or "stay", or its past backshifted under a verb of saying
    ("insisted he was on course"). Past narration ("Lagat was on course to break the record but could not …",
    "Federer looked to be on course for an easy victory when …") tells a race already run; a negated one ("not
    on course") and one under a modal (the modal speaks for itself) are left out.
    """
    if token.lower_ not in _COURSE_NOUNS or token.pos_ != "NOUN" or token.dep_ not in ("pobj", "attr"):
        return None
    if token.i == 0 or token.doc[token.i - 1].lower_ != "on":
        return None
    verb = clause_verb(token)
    if lemma_of(verb) not in _STANDING or is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    if verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None  # "looked to be on course", "appears to be on track": an infinitive, judged by the verb above
    if (is_past(verb) or is_past_clause(verb)) and not backshifted(verb):
        return None
    goal = [c for c in (*verb.children, *token.children) if c.dep_ in ("xcomp", "acl", "advcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    goal += [c for c in (*verb.children, *token.children) if c.dep_ == "prep" and c.lower_ == "for"]
    return EXPECTED if goal else None


#: This week's days and the weekend, as a possessive naming an event: "Wednesday's Brit awards", "this weekend's race".
_THIS_WEEK = _WEEKDAYS | {"weekend"}
#: Prepositions that place the act in the event: "nominated in …", "at Sunday's ceremony", "ruled out of …". Not those
#: that place it after the event ("fined after Saturday's game", "since Sunday's final") or leave it out ("excluding
#: Wednesday's cuts"); "for" and "before" are :func:`~.cues.ahead_of_cue`'s.
_IN_THE_EVENT = frozenset({"in", "at", "of", "into"})


@first_test(FirstTest(lowers=_THIS_WEEK, deps=frozenset({"poss"})))
def weekday_event_in_perfect_cue(token: Token) -> str | None:
    """ "Joss Stone has been nominated in three categories in Wednesday's Brit awards", "The Chorus is nominated for
    best foreign film at Sunday's Oscar ceremony", "Holmes has now pulled out of this weekend's European Indoor
    Championships": an event named by this week's day, placed by a phrase of the clause's own verb in the present
    perfect or the present passive, is still to come. Neither tense takes a definite past time as its own ("has
    been ruled out of Saturday's clash" cannot mean a clash already played, which news tells in the past: "was
    sent off in Saturday's clash"), so the test is the tense, not the words (#13: possessive weekdays; 2 check-set
    misses in 2 articles, sets 5 and 13; 4 more in the corpus).

    Left out: a phrase on a noun ("looking into the trouble at Tuesday's tie", "one of the stars of Saturday's
    win"), the simple present ("appears in Thursday's Sun newspaper": today's paper), the past and clauses under
    past narration, "last Saturday's", and phrases placing the act after the event or outside it ("fined after
    Saturday's game", "excluding Wednesday's cuts").
    """
    if token.lower_ not in _THIS_WEEK or token.dep_ != "poss" or token.head.dep_ != "pobj":
        return None
    if any(t.lower_ in _PAST_TIME_WORDS for t in token.head.subtree):
        return None
    preposition = token.head.head
    if preposition.dep_ != "prep" or preposition.lower_ not in _IN_THE_EVENT:
        return None
    verb = preposition.head
    if verb.dep_ == "prt" or (verb.pos_ == "ADP" and verb.dep_ in ("prep", "advmod")):
        verb = verb.head  # "pulled out of this weekend's championships": the particle hangs on the verb
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or governing_past_link(verb) is not None:
        return None
    auxes = _auxiliaries(verb)
    present_perfect = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    present_passive = any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return SCHEDULED if present_perfect or present_passive else None


@first_test(FirstTest(lowers=frozenset({"running"}), deps=frozenset({"pobj"})))
def in_the_running_cue(token: Token) -> str | None:
    """ "The film is also in the running for best original screenplay", "Also in the running for a clutch of awards
    are My Summer of Love and …", "The singer … is already in the running for eight Grammy Awards": a contender for
    a prize or a post told in the present is in a contest still to be decided, as a side "faces" its opponent in
    :func:`contest_ahead_cue` (#13: contests told in the present, "are all vying in the best foreign film prize",
    "Others thought to be in the running include …"; 3 check-set misses in 3 articles, sets 7, 14, 17).

    Only "in the running" with its article, and only told now: the present of "be", or an inverted line-up opened
    by a participle ("Joining Vera Drake … in the running for best film are …"). Set 17's "Others thought to be in
    the running include …" is parsed with "thought" as the past main verb and stays out. The past ("HSBC … was
    also in the running") and a clause under past narration ("Natasha Bedingfield - in the running for best British female - performed …")
    tell a contest decided since; a modal or a negation speaks for itself.
    """
    if token.lower_ != "running" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    verb = clause_verb(token)
    if is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    if governing_past_link(verb) is not None:
        return None
    if lemma_of(verb) == "be" and verb.tag_ in ("VBZ", "VBP"):
        return SCHEDULED
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and any(c.tag_ in ("VBZ", "VBP") for c in verb.children if lemma_of(c) == "be"):
        return SCHEDULED  # "Joining Vera Drake … in the running for best film are …": the parser roots the participle
    return None


@first_test(FirstTest(lowers=frozenset({"come"}), tags=frozenset({"VB"}), deps=frozenset({"relcl", "acl", "pcomp"})))
def to_come_with_cue(token: Token) -> str | None:
    """ "The stars were shortlisted on Monday for supporting roles, with the main nominations still to come", "The
    focus … has been on the country's massive trade and budget deficits, with predictions of more dollar weakness
    to come": a "with" phrase has no tense of its own, so the things it says are "to come" are still ahead as the
    writer writes, whatever the tense of the clause it hangs on (:func:`~.cues.still_to_come_cue` reads "to come"
    in a present clause; #13: 1 check-set miss, set 17, 2 more in the corpus). The parser hangs "to come" on the
    noun ("with [the main nominations] still to come") or on "with" itself, the noun its subject.

    Left out: an amount of time ("with ten minutes to come": a match told after), a clause dated in a past year,
    and "to come" with anything more than "still"/"yet" ("with Leeds facing relegation they're going to come out
    firing": another verb).
    """
    if token.lower_ != "come" or token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    if any(c.dep_ not in ("aux", "advmod", "nsubj") or (c.dep_ == "advmod" and c.lower_ not in ("still", "yet")) for c in token.children):
        return None
    if token.dep_ == "pcomp":
        preposition = token.head
        thing = next((c for c in token.children if c.dep_ == "nsubj"), None)
    else:
        thing = token.head
        preposition = thing.head if thing.dep_ == "pobj" else None
    if thing is None or preposition is None or preposition.lower_ != "with" or preposition.dep_ != "prep":
        return None
    if thing.ent_type_ in ("DATE", "TIME") or any(t.ent_type_ in ("DATE", "TIME") for t in thing.children if t.dep_ == "nummod"):
        return None  # "with ten minutes to come", "with two days to come"
    if _past_anchor(clause_verb(preposition)):
        return None
    return EXPECTED
