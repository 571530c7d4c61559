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
    real = extractor._event_words

    def opened(doc):  # every word may open an event: a Token of every word, as before the gate
        _, negations, nouns = real(doc)
        return list(range(len(doc))), negations, nouns

    monkeypatch.setattr(extractor, "_event_words", opened)
    assert events() == gated
    monkeypatch.setattr(extractor, "_event_words", lambda doc: ([], *real(doc)[1:]))
    assert events() != gated


@pytest.mark.parametrize("text", [*_EVENTS, "Unions said ministers have to act and the board needs to resign.", "It should not be sold."])
def test_the_doc_s_event_words_are_the_words_the_walk_asked(nlp, text):
    """:func:`extractor._event_words` lists exactly the words the per-word test accepted: an obligation word
    or :func:`extractor._may_open_event` (its negations and demand nouns: every ``neg`` and every demand noun)."""
    doc = nlp(text)
    candidates, negations, nouns = extractor._event_words(doc)
    asked = [
        i
        for i, t in enumerate(doc)
        if (t.dep_ == "aux" and t.lower_ in extractor.lex.OBLIGATION_MODALS)
        or t.lemma_.lower() in extractor.lex.OBLIGATION_VERBS
        or extractor._may_open_event(t.lemma_.lower(), t.dep_)
    ]
    assert candidates == asked and asked
    assert negations == [t.i for t in doc if t.dep_ == "neg"]
    assert nouns == [t.i for t in doc if t.lemma_.lower() in extractor.lex.DEMAND_NOUNS]
