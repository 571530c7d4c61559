"""Outlook cue for a deadline year ahead inside a phrase (#13, twenty-second pass).

"The prime minister launched a £500m initiative to allow school sports clubs … to provide up to three hours of
extra activity a week by 2010", "a WSIS campaign goal that calls for 50% access to telephones by 2015", "The CSA
said the current aim of reaching 85% of the population by 2007 was achievable", "The SEC has extended the
deadline to get in line with the rules until 15 July 2006": a deadline ("by", "until", "before") on a year the
article has not reached puts what it dates ahead of the telling, whatever the tense of the clause the phrase
hangs below -- a past "launched", a present "surpass", a present perfect "has extended". The modal, frame and
time cues of :mod:`.cues` read the tense of that outer clause and miss it. :func:`deadline_year_ahead_cue` reads
the construction; it is its own function so that it can be weighed (and dropped) on its own.

BBC files carry no date, so "ahead" is the article's own: a year after every year the article tells in a past
clause ("In the three months to September 2004, … signed up", "met the Swiss in their final Euro 2004
qualifier"). A year the article only tells in clauses that are not past is ahead when a deadline names it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..docview import positions_where, word_test
from .cues import SCHEDULED, _past_anchor, clause_verb, is_negated, is_past, is_past_clause
from .first_tests import FirstTest, first_test

#: Prepositions of a deadline: what they date is due by then, so the date is its time, not a time it was done at.
#: Not "before": "consoles in that region made before 13 January 2004" dates a thing by when it was made.
DEADLINE_PREPOSITIONS = frozenset({"by", "until", "till"})
#: The span of years read as calendar years: "2010", "1984"; not "3000" (an amount) nor "1066".
_FIRST_YEAR, _LAST_YEAR = 1900, 2099
_PAST_YEAR_KEY = "briefgen_outlook_latest_past_year"


def _year(token: Token) -> int | None:
    """The calendar year a token writes ("2010"), else None."""
    text = token.text
    if len(text) != 4 or not text.isdigit():
        return None
    year = int(text)
    return year if _FIRST_YEAR <= year <= _LAST_YEAR else None


def latest_past_year(doc: Doc, *, leaving_out: Callable[[Token], bool] | None = None, cache_key: str = _PAST_YEAR_KEY) -> int | None:
    """The latest year the article tells in a past clause ("In 2002, the KSE was …", "met the Swiss in their final
    Euro 2004 qualifier"), worked out once per doc and ``cache_key``; None when it tells none. ``leaving_out`` names
    years that are no time told (:func:`.forecast_years.latest_year_told_past`: a forecast's own year)."""
    cached = doc.user_data.get(cache_key, False)
    if cached is not False:
        return cached
    latest = None
    for i in year_positions(doc):
        token = doc[i]
        year = _year(token)
        if year is not None and is_past_clause(token) and not (leaving_out is not None and leaving_out(token)) and (latest is None or year > latest):
            latest = year
    doc.user_data[cache_key] = latest
    return latest


@word_test  # a pure test, asked once per word in the process (#18, scale32)
def _year_word(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and _FIRST_YEAR <= int(word) <= _LAST_YEAR


def year_positions(doc: Doc) -> list[int]:
    """Indices, in order, of the tokens that write a calendar year (:func:`_year`), from the doc's word column.

    Why (#18, scale25): :func:`latest_past_year` asked every token of the article whether it writes a year,
    making a ``Token`` of each; a year's digits are their own lower case, so the lower-case column finds the
    same tokens, each distinct word asked once (``tests/test_scale25_columns.py`` keeps the old walk).
    """
    return positions_where(doc, lowers=_year_word)


def _deadline(year: Token) -> Token | None:
    """The deadline preposition of a year: "by 2010" (the year its object) or "until 15 July 2006" (the month's)."""
    date = year if year.dep_ == "pobj" else year.head if year.dep_ == "nummod" and year.head.dep_ == "pobj" else None
    if date is None:
        return None
    preposition = date.head
    if preposition.dep_ != "prep" or preposition.lower_ not in DEADLINE_PREPOSITIONS:
        return None
    return preposition


@first_test(FirstTest(tags=frozenset({"CD"}), deps=frozenset({"pobj", "nummod"})))
def deadline_year_ahead_cue(token: Token) -> str | None:
    """ "… to provide up to three hours of extra activity a week by 2010", "a goal that calls for 50% access … by
    2015", "the current aim of reaching 85% of the population by 2007", "extended the deadline … until 15 July
    2006": a deadline on a year later than any the article tells in a past clause places what it dates ahead
    (#13: dates ahead inside a noun phrase, an infinitive or a relative clause; 5 check-set misses in 4 articles,
    sets 5, 7, 18).

    Left out: a deadline whose own clause is past narration or negated ("By 2003 sales had doubled", "did not
    finish by 2004") or hangs below a past clause dated in a past year ("In 2000, EU leaders … pledged the European
    economy would outstrip that of the US by 2010", "The series was done away with in 1984, with the fixture
    continuing until 1989": a past future, or past narration), a year the article also tells in a past clause or before one it does ("In 2005 the firm
    missed its target of … by 2005"), and dates that are no deadline ("in 2005", "on 7 September 2005": the tense
    of their own clause says when, as :func:`~.cues.modal_cue` and the time cues read it).
    """
    year = _year(token)
    if year is None or token.tag_ != "CD" or token.dep_ not in ("pobj", "nummod"):
        return None
    if _deadline(token) is None:
        return None
    verb = clause_verb(token)
    if is_past(verb) or is_past_clause(verb) or is_negated(verb):
        return None
    if _told_in_a_past_year(verb):
        return None
    latest = latest_past_year(token.doc)
    if latest is not None and year <= latest:
        return None
    return SCHEDULED


def _told_in_a_past_year(verb: Token) -> bool:
    """A past clause at or above ``verb`` dated by its own adverbial in a past year or by "ago"/"last …" ("In 2000, EU
    leaders … pledged"): what it tells below it is that year's view or that year's story. Only the clause's own
    adverbials: a subject holding the deadline ("the current aim of reaching 85% … by 2007 was achievable") dates
    nothing."""
    for clause in (verb, *verb.ancestors):
        if clause.pos_ in ("VERB", "AUX") and is_past(clause) and _past_anchor(clause, direct=True):
            return True
    return False
