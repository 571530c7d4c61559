"""Outlook: the time to come judged now, "said the future was definitely mobile" (#13,
:func:`briefgen.extract.outlook.horizons.outlook_judged_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, kind or None when not outlook)
CASES: list[tuple[str, str, str | None]] = [
    ("backshifted", "Most of those questioned said the future was definitely mobile.", "expected"),
    ("remained", "The government said the prospects for the economy remained very bright.", "expected"),
    ("looks", "The long-term outlook looks very favourable, the agency said.", "expected"),
    ("noun predicate", "For the director, a digital future is an exciting prospect.", "expected"),
    ("plural", "The director said expectations of the sequel among fans were sky high.", "expected"),
    ("in question", "The future of the brand remains in question.", "open question"),
    ("uncertain", "The manager's future at the club is uncertain.", "open question"),
    # past narration, a past perfect, a verb predicate, a side clause, a relative clause
    ("past", "The manager's future was in question, but the chairman stood by him.", None),
    ("past perfect", "The outlook for the firm had been bleak for a decade.", None),
    ("verb predicate", "The prospect of a merger appeared to be causing jitters among the staff.", None),
    ("side clause", "Confidence fell as the outlook for the world economy became more uncertain.", None),
    ("relative clause", "He met a player whose prospects are good.", None),
]


@pytest.mark.parametrize(("category", "sentence", "kind"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_time_to_come_judged_now(parse, category, sentence, kind):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is (kind is not None), f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if kind is not None:
        assert items[0].kind == kind


def test_the_cue_is_its_own(parse):
    """The cue fires on the noun, and leaves a modal to the modal cue ("the outlook could be bleak")."""
    from briefgen.extract.outlook.horizons import outlook_judged_cue

    _, doc = parse(_article("The future of the brand remains in question."))
    assert any(outlook_judged_cue(t) is not None for t in doc)
    _, doc = parse(_article("The outlook could be bleak for the airline."))
    assert not any(outlook_judged_cue(t) is not None for t in doc)
