"""Outlook: a contest a winner goes on to, or a win sets up, is ahead: "Rochus, who goes on to face Czech Jan Hernych",
"to set up a showdown in Sunday's final" (#13, :func:`briefgen.extract.outlook.advances.contest_advanced_to_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("goes on to face", "Smith lost the semi-final 6-4 6-4 to Jones, who goes on to face Czech Tom Novak.", True),
    ("go through to compete", "All the category winners go through to compete for the book of the year title.", True),
    ("set up a showdown, result infinitive", "Walker eased across the finish in 1:50.87 to set up a showdown in Sunday's final in Sheffield.", True),
    ("set up a match, coordinated past", "The Swiss world number one outclassed the Spaniard and set up a semi-final match against Russian Ivan Petrov.", True),
    ("set up a final, simple past", "Hearts of Oak set up a final against Enyimba with a 3-2 win over Cotonsport in Accra on Sunday.", True),
    # the past, a career's sequel, no contending, a live report, a stretch of the match, another sense, a dated final
    ("went on to win", "He went on to win the US Open and four other titles for the year.", False),
    ("a career's sequel", "Its winners often go on to win Oscars.", False),
    ("goes on to criticise", "Corbett goes on to criticise reality programmes in the interview.", False),
    ("live report", "Roddick is rewarded with a break point, which Nadal saves with a good first serve and the Spaniard goes on to hold.", False),
    ("a stretch of the match", "O'Gara made no mistake as he rifled over his fifth penalty to set up a tense final few minutes.", False),
    ("to found", "He left Bullfrog in 1997 to set up Lionhead Studios.", False),
    ("pluperfect", "The club had set up a friendly match with the visitors before the ban.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_contest_advanced_to(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_winner_holds_no_view(parse):
    """The winner whose next match is ahead does not foresee it; the match is scheduled."""
    sentence = "Walker eased across the finish in 1:50.87 to set up a showdown in Sunday's final in Sheffield."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].holder is None and items[0].kind == "scheduled"


def test_the_words_come_from_wordnet():
    """The classes are the generated lists': a match, a final, a showdown; compete, meet, take on; not "campaign"."""
    from briefgen.extract.outlook.advances import COMPETE_VERBS, CONTEST_NOUNS

    assert CONTEST_NOUNS >= {"match", "final", "semifinal", "game", "showdown"}
    assert not {"campaign", "run", "series", "trial", "clash"} & CONTEST_NOUNS
    assert COMPETE_VERBS >= {"compete", "vie", "meet", "face"}
