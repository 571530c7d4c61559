"""Outlook cue for a forecast, an estimate or a target for a year ahead, whatever the tense it is told in (#13,
thirty-ninth pass).

"The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day to 84 million barrels a day",
"Forecasts for Japanese growth were also scaled back to 4.0% from 4.4% this year and 2.1% from 2.8% in 2005", "But a
target of 1.5 million more by 2010 needed 'creative' ideas", "The government is reiterating a 2.5% target for 2005":
the figure a forecast or a target gives for a year the article has not reached is what is expected or aimed at, the
outlook of the story, though the clause that reports it ("raised", "were scaled back", "needed") is past narration,
which the modal, frame and time cues of :mod:`.cues` read as past. :mod:`.dated`'s deadline year reads "by 2010" only
outside past clauses, on purpose ("By 2003 sales had doubled").

The nouns are WordNet 3.0's (``data/forecast_nouns.txt`` by ``tools/wordnet_forecast_nouns.py``). The year must
belong to the noun's own phrase (its modifier, "its 2005 profit forecasts", or a phrase on it, "the target for 2005",
"its estimate of 2005 oil demand growth"), not to a clause inside it, and be later than every year the article tells
in a past clause outside such phrases (:func:`latest_year_told_past`; BBC files carry no date, so "ahead" is the
article's own, as in :mod:`.dated`; an article that tells no year in a past clause gives no bound: "reaffirming its
2005 profit forecasts"). A negated clause gives none, nor the pluperfect ("announced it had reached its 2004 target":
the year's figure told as done).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import FORECAST_NOUNS
from .cues import _auxiliaries, is_negated
from .dated import _year, latest_past_year
from .first_tests import FirstTest, first_test, lemma_of

_LATEST_KEY = "briefgen_outlook_latest_year_told_past"
#: Dependency labels that open a clause inside a noun phrase: a year there dates that clause, not the figure.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _phrase_years(noun: Token) -> list[int]:
    """The calendar years in ``noun``'s own phrase, not in a clause inside it."""
    years = []
    stack = list(noun.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSES:
            continue
        year = _year(token)
        if year is not None:
            years.append(year)
        stack.extend(token.children)
    return years


def _in_a_figure(token: Token) -> bool:
    """Whether a year sits in the phrase of a forecast noun (it is the figure's year, not a time told past)."""
    current = token
    for _ in range(8):
        if current.head == current or current.dep_ in _CLAUSES:
            return False
        current = current.head
        if current.pos_ == "NOUN" and lemma_of(current) in FORECAST_NOUNS:
            return True
    return False


def latest_year_told_past(doc: Doc) -> int | None:
    """The latest year the article tells in a past clause, leaving out the years of forecasts' and targets' own
    phrases ("raised its estimate of 2005 oil demand": 2005 is the figure's year, not a year told past)."""
    return latest_past_year(doc, leaving_out=_in_a_figure, cache_key=_LATEST_KEY)


@first_test(FirstTest(lemmas=frozenset(FORECAST_NOUNS), pos=frozenset({"NOUN"})))
def forecast_for_year_cue(token: Token) -> str | None:
    """ "raised its estimate of 2005 oil demand growth", "Forecasts for Japanese growth were also scaled back to … 2.1%
    from 2.8% in 2005", "a target of 1.5 million more by 2010": a forecast or target for a year after every year the
    article tells in a past clause is outlook, of the noun's kind (#13: sets 33 and 36's misses, politics/080 and
    business/028, with the corpus census, read). See the module for what is left out.
    """
    kind = FORECAST_NOUNS.get(lemma_of(token))
    if kind is None or token.pos_ != "NOUN":
        return None
    years = _phrase_years(token)
    if not years:
        return None
    latest = latest_year_told_past(token.doc)
    if latest is not None and max(years) <= latest:
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if is_negated(verb) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(verb)):
        return None  # "announced it had reached its 2004 target": the pluperfect tells the year's figure done
    return kind
