"""Outlook: a contender named now, "Nominees for best foreign film include …", "is on the shortlist", is in a contest
still to be decided (#13, :func:`briefgen.extract.outlook.contenders.contender_named_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("include", "Nominees for best foreign film include a Spanish director and a Hong Kong director.", True),
    ("include", "Other candidates for the job include two former Scotland midfielders.", True),
    ("among", "Two veteran directors are among the nominees for the top prize at the awards.", True),
    ("on", "The French striker is on the Fifa shortlist with two other forwards.", True),
    ("attr", "The album is a finalist for album of the year, alongside two other records.", True),
    ("attr", "Four blogs are the nominees in the best British weblog category.", True),
    # a title before a name, the subject of another verb, the past, past narration, a negation
    ("title", "Oscar nominee Clive Owen was also seen at the party.", False),
    ("other verb", "The best-picture nominee entered the top ten for the first time last week.", False),
    ("past", "Other nominees included two Asian films and a Latin American road movie.", False),
    ("past", "The actress was among the nominees for the top prize last year.", False),
    ("negated", "The striker is not on the shortlist for the award.", False),
    ("denied", "There is no stand-out candidate for the captaincy in the squad.", False),
    ("denied", "The former minister is no longer an approved candidate.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_contender_named_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: nominees, candidates, finalists and shortlists, not every contestant."""
    from briefgen.extract.outlook.contenders import CONTENDER_NOUNS

    assert CONTENDER_NOUNS >= {"nominee", "candidate", "finalist", "shortlist"}
    assert not {"winner", "player", "contestant", "nomination"} & CONTENDER_NOUNS
    assert "prospect" not in CONTENDER_NOUNS  # a member of the considered-for synset, but first a chance
