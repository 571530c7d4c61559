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


#: Sentences with each construction the walk's tests find: a verbal demand, a response, a refusal after a
#: negation, a withdrawal, a refusal noun, an obligation, a necessity clause, a nominal demand.
_EVENTS = (
    "Unions demanded a pay rise of 5%, and the board rejected the demand on Monday.",
    "The minister did not accept the offer. The firm withdrew its bid after the union's refusal to talk.",
    "Ministers said the company must repay the money, and it is vital that talks resume.",
    "Protesters called for his resignation, but he refused to step down.",
)


def test_the_gate_leaves_out_only_words_no_test_finds(nlp, monkeypatch):
    """With the gate open (a Token of every word, as before) the walk finds the same events; a closed gate finds none."""
    docs = [nlp(text) for text in _EVENTS]

    def events():
        return [[(f.kind, f.trigger.i, f.what.text if f.what is not None else None) for f in extractor._sentence_events(doc[:])] for doc in docs]

    gated = events()
    assert all(gated), gated  # each sentence finds something: the comparison means something
    monkeypatch.setattr(extractor, "_may_open_event", lambda lemma, dep: True)
    assert events() == gated
    monkeypatch.setattr(extractor, "_may_open_event", lambda lemma, dep: False)
    assert events() != gated
