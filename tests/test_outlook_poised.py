"""Outlook: a thing poised for what is coming, "is set for" with a noun (#13,
:func:`briefgen.extract.outlook.poised.set_for_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("is set for", "The economy is set for strong growth while interest rates remain low.", True),
    ("is set for", "While worries remain, the conditions are set for steady growth, analysts said.", True),
    ("is set for", "The new rules are set for their first real test in parliament.", True),
    ("is set for", "The manager is set for another boost when his goalkeeper makes his return.", True),
    ("seems set for", "Europe's leading banks seem set for a period of retrenchment.", True),
    ("seems set for", "The country looks set for a continued rise in interest rates.", True),
    # past narration, an infinitive, a participle after a noun, a negation, an agent, no noun
    ("past", "The stage was set for a victory platform.", False),
    ("past", "The home side looked set for a comfortable win but conceded twice late on.", False),
    ("infinitive", "He called for a date to be set for the leader to be replaced.", False),
    ("after a noun", "There were also records set for the number of games sold.", False),
    ("negated", "The team is not set for a return to the top flight.", False),
    ("agent", "The price is set for each buyer by the regulator.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.poised import set_for_cue

    return any(set_for_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_poised_for_what_is_coming(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert _cue_fires(doc), f"outlook, but not by the set-for cue: {sentence!r}"
        assert items[0].kind == "expected"


def test_a_date_stays_scheduled(parse):
    """ "The vote is set for June" is :func:`briefgen.extract.outlook.cues.plan_cue`'s schedule, not this cue's."""
    sentence = "The vote is set for June."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert [item.kind for item in items] == ["scheduled"]
    assert not _cue_fires(doc)
