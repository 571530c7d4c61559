"""Outlook: an event awaited, told in the progressive (#13, :func:`briefgen.extract.outlook.awaited.awaited_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("awaited", "The bank is still waiting for the approval of the competition authorities.", True),
    ("awaited", "He said the company was still waiting on its rivals to send kits.", True),
    ("awaited", "The studios are just waiting to come up with new business models.", True),
    ("awaited", "The singer is awaiting a second trial.", True),
    ("awaited", "The midfielder is waiting to learn the future of his manager.", True),
    # no object, no auxiliary, past narration, a negation, a modal, the simple present
    ("no object", "Patients in Wales are waiting less than six months.", False),
    ("no auxiliary", "Those waiting for treatment now number fewer than before.", False),
    ("past", "The fans were waiting for the doors of the stadium to open.", False),
    ("negated", "The club is not waiting for the report.", False),
    ("modal", "Gamers could be waiting for the new console.", False),  # the modal's own cue decides
    ("simple present", "Suspects are held in prison while they await trial.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.awaited import awaited_cue

    return any(awaited_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_event_awaited(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    if category == "modal":
        return
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Yukos is still waiting to see what happens to its filing in a US court.", "Yukos"),
        ("The proposed investment in Rover is awaiting approval by the city government.", None),
    ],
)
def test_who_waits_holds_it_only_when_an_actor(parse, sentence, holder):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and (items[0].holder.name if items[0].holder else None) == holder
