"""Outlook: a release arranged, told in the present progressive (#13,
:func:`briefgen.extract.outlook.releases.release_arranged_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("release", "The software giant is releasing tools that clean up infected computers.", True),
    ("release a device", "The games maker is releasing an adapter for its handheld console.", True),
    ("introduce", "The telecoms group is introducing two initiatives against rogue dialler scams.", True),
    ("backshift", "The label said it was releasing the band's first album.", True),
    # the perfect progressive, past narration, a negation, no thing released, a rate, a verb not of release
    ("perfect progressive", "The label has been releasing singles all year.", False),
    ("past", "The label was releasing a single when the scandal broke.", False),
    ("negated", "The firm is not releasing the phone in Europe.", False),
    ("no object", "The tension in the dressing room is slowly releasing.", False),
    ("rate", "More and more shops are introducing loyalty cards.", False),
    ("issue", "Anti-virus firms are issuing warnings about the new worm.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_release_arranged_is_outlook(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_release_cue(parse, category, sentence, expected):
    from briefgen.extract.outlook.releases import release_arranged_cue

    _, doc = parse(_article(sentence))
    assert any(release_arranged_cue(t) is not None for t in doc) is expected, f"{category}: {sentence!r}"
