"""Outlook: a competition faced now from named people, "DiCaprio faces competition from Bernal, Jamie Foxx … in the
best actor category" (#13, :func:`briefgen.extract.outlook.rivals.rivals_faced_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("actors", "DiCaprio faces competition from Jamie Foxx, Jim Carrey and Johnny Depp in the best actor category.", True),
    ("actor named", "The Australian star faces competition from Daniel Craig and Paddy Considine.", True),
    ("rivalry", "The champion faces fierce rivalry from Paula Radcliffe in the women's race.", True),
    # a market's rivals, the past, a negation
    ("firms", "The airline faces stiff competition from rivals and low-cost carriers.", False),
    ("company", "The retailer faces competition from the likes of Wal-Mart.", False),
    ("past", "The actor faced competition from Jamie Foxx at last year's ceremony.", False),
    ("negated", "The singer does not face any competition from Robbie Williams this year.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_rivals_faced(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: the synset of competing for a prize or a profit."""
    from briefgen.extract.outlook.rivals import RIVALRY_NOUNS

    assert RIVALRY_NOUNS == {"competition", "contention", "rivalry"}
