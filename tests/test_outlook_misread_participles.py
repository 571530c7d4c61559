"""Outlook: a past "aimed/wanted/hoped to" the tagger read as a participle is past narration (#13,
:func:`briefgen.extract.outlook.misread_participles.misread_past_participle`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("acl on a name", "Microsoft's two previous programs, Passport and Hailstorm, aimed to protect users but were criticised.", False),
    ("acl on a noun", "The introduction of chip and pin cards aimed to cut down on card fraud in shops.", False),
    ("conj of a passive past", "The actor was born in Kentucky in 1963 and at first wanted to be a rock star.", False),
    ("conj of a perfect", "Since its opening in 2000, the centre has developed new ideas and also aimed to be a hub for start-ups.", False),
    # aims held now, a reported aim with its time ahead, a passive participle of another frame verb
    ("present", "The company aims to double its sales.", True),
    ("reported with a year", "The minister said the scheme aimed to boost production to 600,000 tonnes by 2008.", True),
    ("hope now", "The firm hopes to return to profit.", True),
    ("another frame verb", "A new plant expected to open in 2006 will employ 500 people.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_misread_past_participle(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES[:4], ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES[:4])])
def test_the_participle_is_found(parse, category, sentence, expected):
    from briefgen.extract.outlook.misread_participles import misread_past_participle

    _, doc = parse(_article(sentence))
    assert any(misread_past_participle(t) for t in doc), f"{category}: {sentence!r} {[(t.text, t.tag_, t.dep_) for t in doc]}"
