"""Demands' sentence walk reads the doc's word columns and asks about obligations only of obligation words (#18)."""

from __future__ import annotations

import pytest

from briefgen.extract.demands import extractor


@pytest.mark.parametrize(
    ("text", "obligation_words"),
    [
        ("The minister said the company must repay the money by June.", 1),
        ("Unions said ministers have to act and the board needs to resign.", 2),
        ("The talks ended on Friday without a deal.", 0),
    ],
)
def test_must_demand_is_asked_only_of_obligation_words(nlp, monkeypatch, text, obligation_words):
    doc = nlp(text)
    expected = extractor._sentence_events(doc[:])
    asked = []
    real = extractor._must_demand

    def counted(token):
        asked.append(token.text)
        return real(token)

    monkeypatch.setattr(extractor, "_must_demand", counted)
    found = extractor._sentence_events(doc[:])
    assert len(asked) == obligation_words, asked  # every token was asked before
    assert [(f.kind, f.trigger.i) for f in found] == [(f.kind, f.trigger.i) for f in expected]
