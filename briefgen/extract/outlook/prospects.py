"""Outlook cue for a stance taken on what lies ahead, named by its noun (#13, thirtieth pass).

"Yukos has won small victories, however, and is bullish about its chances in court", "Analysts are not optimistic
about Yukos' chances in court", "the airline was upbeat about prospects for 2005", "the company remained optimistic
about its earnings outlook", "a majority in 14 countries said they were positive about the future": an adjective of
expectation whose object is a chance, a prospect, an outlook or the future says what its holder expects, as "expects"
or "is optimistic that … will" do; the clause has no modal, frame or that-clause for :mod:`.cues` to read (its
stance adjectives report only a that-clause).

The adjectives are a lexical class read off WordNet 3.0: the members of optimistic.a.01 (01663571) and its satellites
(bullish, upbeat/cheerful, rosy, sanguine), pessimistic.a.01 (01664581) and its (bearish, discouraged, disheartened),
hopeful.a.01 (01228530) with expectant, hopeless (01229020), and confident.a.01 (00338817) with positive and assured;
the nouns are what each stance can be about that is still to come: chance, prospect, outlook, odds, hope and the
future. Only as the predicate ("is bullish about", "remained optimistic over"), so an attitude is held, and with no
modal (which speaks for itself). A clause dated in the past, on its own adverbial or on a clause of time beside it
("When PwC conducted the same survey two years ago, nearly 30% of bosses were gloomy about their prospects"), tells
a view since overtaken and is left out; a report of the latest results in the past tense ("was upbeat about prospects
for 2005") keeps its outlook, the prospects being still ahead. :func:`stance_on_prospects_cue` is its own function
so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, _past_anchor
from .first_tests import FirstTest, first_test

#: Adjectives of expectation (WordNet 3.0 synsets in the module docstring).
STANCES = frozenset(
    {"optimistic", "bullish", "upbeat", "cheerful", "rosy", "sanguine", "pessimistic", "bearish", "discouraged",
     "disheartened", "hopeful", "expectant", "hopeless", "confident", "positive", "assured"}
)
#: Nouns of what lies ahead, the object of such a stance.
PROSPECTS = frozenset({"chance", "prospect", "outlook", "odds", "hope", "future"})
_ABOUT = frozenset({"about", "over", "on", "for", "of"})


def _dated_past(verb: Token) -> bool:
    return _past_anchor(verb, direct=True) or any(c.dep_ == "advcl" and _past_anchor(c, direct=True) for c in verb.children)


@first_test(FirstTest(lowers=STANCES, deps=frozenset({"acomp"})))
def stance_on_prospects_cue(token: Token) -> str | None:
    """ "is bullish about its chances in court", "remained optimistic about its earnings outlook", "were positive about
    the future": an expectation held about a chance, prospect or the future is outlook (#13: 2 check-set misses in
    set 27, 8 more in the corpus census, read). See the module for the words and what is left out.
    """
    if token.lower_ not in STANCES or token.dep_ != "acomp":
        return None
    if not any(
        child.dep_ == "prep" and child.lower_ in _ABOUT and any(o.dep_ == "pobj" and o.lemma_.lower() in PROSPECTS for o in child.children)
        for child in token.children
    ):
        return None
    verb = token.head
    if any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None  # "would be optimistic about …": the modal speaks for itself
    if _dated_past(verb):
        return None
    return EXPECTED
