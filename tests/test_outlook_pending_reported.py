"""Outlook: a step still pending when a report told it, "She said the issues were still to be decided" (#13,
:func:`briefgen.extract.outlook.pending.still_to_do_cue`'s backshifted "was/were still to"), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("reported, passive", "She said that the details of the new format were still to be decided.", True),
    ("reported, a bare plural", "The organisers said more bands were still to be confirmed for the festival.", True),
    ("reported, active", "The minister said the committee was still to meet the unions.", True),
    # past narration, no "still" (a past "was to" may be over), a negation
    ("past narration", "The best was still to come for the young striker.", False),
    ("no still", "The chairman said his role was to advise the board.", False),
    ("negated", "He said the plan was still not to be published.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_step_pending_in_a_report(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
