"""Outlook: a nomination told now, "is also nominated for best actress at the Oscars" (#13,
:func:`briefgen.extract.outlook.nominations.nomination_told_now_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("present passive", "The actress is also nominated for best actress at the Oscars.", True),
    ("present passive, a count", "The drama about a backstreet abortionist is nominated in 11 categories.", True),
    ("present perfect passive", "The film has been nominated in six categories including best film.", True),
    ("bare perfect", "Two novelists have also been nominated.", True),
    ("shortlisted", "Three plays are shortlisted in the best play category.", True),
    ("dated this year", "She is nominated this year for best pop album.", True),
    # the past, a past perfect, a bare participle, past narration above, a negation, a modal
    ("past", "The actor was nominated for an award in 1998 but lost.", False),
    ("past perfect", "The film had been nominated for three awards before the scandal.", False),
    ("bare participle", "Many of those nominated for awards attended the party.", False),
    ("under past narration", "The band, who have been nominated for two awards, were among the performers on Wednesday.", False),
    ("negated", "The singer is not nominated this year.", False),
    ("modifier", "The nominated films were shown at a festival last month.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.nominations import nomination_told_now_cue

    return any(nomination_told_now_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_nomination_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "scheduled"


def test_the_cue_is_its_own(parse):
    """The cue fires on the nominating participle itself, not on a past nomination, and not under a modal (which is the
    modal cue's: "could be nominated" is outlook already)."""
    _, doc = parse(_article("The actress is also nominated for best actress at the Oscars."))
    assert _cue_fires(doc)
    for told in ("The actress was nominated for best actress in 1998.", "The film could be nominated for several awards."):
        _, doc = parse(_article(told))
        assert not _cue_fires(doc)
