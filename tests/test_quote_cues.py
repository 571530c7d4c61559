"""The inverted cue "Said Mr Fogg:" cut from names by one rule that quotes and actors share (#15).

Before, ``extract/quotes/speakers.py`` cut any capitalised cue verb tagged as
a verb, anywhere ("He watched Say Anything" lost "Say"), and
``extract/actors/extractor.py`` cut twelve word forms at a sentence start or
after a closed quotation, whatever the tag ("Said Business School" lost
"Said"), and dropped a name left with only an honorific. The rows say which
old rule each case comes from.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from briefgen.extract.speech_cues import without_inverted_cue

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})


@pytest.mark.parametrize(
    "why, text, name, expected",
    [
        ("both rules: a cue opening the sentence is cut", 'The game sold well. Said Mr Bysshe: "Painkiller is a new game."',
         "Said Mr Bysshe", "Mr Bysshe"),
        ("actors' rule: what is left is only an honorific, so the name is no one's (quotes kept 'Mr')",
         'Nobody has enough storage. Said Mr Fogg: "It is very much a computer."', "Said Mr", None),
        ("actors' rule: after a quotation closed by a full stop the cue still opens its own sentence",
         '"It does not have enough storage." Said Mr Fogg: "It\'s very much a computer."', "Said Mr", None),
        ("actors' rule on position: a capitalised cue verb inside a sentence is a word of a title (quotes cut 'Say')",
         "He watched Say Anything with friends on Friday.", "Say Anything", "Say Anything"),
        ("quotes' rule on the tag: a word tagged as a name is no verb (actors cut 'Said' from the school)",
         "Said Business School dean Peter Tufano spoke.", "Said Business School", "Said Business School"),
        ("a one-word name is left alone", 'Sales fell. Said Mr Bysshe: "We were wrong."', "Sales", "Sales"),
    ],
)
def test_an_inverted_cue_is_cut_from_a_parsed_name(parse, why, text, name, expected):
    _, doc = parse(text)
    ent = next((e for e in doc.ents if e.text == name), None)
    if ent is None:  # a one-word span the tagger left untagged still goes through the same rule
        start = next(t.i for t in doc if t.text == name.split()[0])
        ent = Span(doc, start, start + len(name.split()), label="PERSON")
    cut = without_inverted_cue(ent, honorifics=HONORIFICS)
    assert (None if cut is None else cut.text) == expected, why


@pytest.mark.parametrize(
    "why, words, tags, pos, lemmas, expected",
    [
        ("quotes' rule on the verb: any cue of the lexicon, not only the twelve forms actors listed",
         ["Sales", "fell", ".", "Observes", "Mr", "Hadi", ":"], ["NNS", "VBD", ".", "VBZ", "NNP", "NNP", ":"],
         ["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"], ["sale", "fall", ".", "observe", "Mr", "Hadi", ":"], "Mr Hadi"),
        ("a verb that reports no speech stays in the name",
         ["Sales", "fell", ".", "Goes", "Mr", "Hadi", ":"], ["NNS", "VBD", ".", "VBZ", "NNP", "NNP", ":"],
         ["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"], ["sale", "fall", ".", "go", "Mr", "Hadi", ":"], "Goes Mr Hadi"),
        ("a cue tagged as a verb but written in lower case is no name's first word",
         ["Sales", "fell", ".", "says", "Mr", "Hadi", ":"], ["NNS", "VBD", ".", "VBZ", "NNP", "NNP", ":"],
         ["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"], ["sale", "fall", ".", "say", "Mr", "Hadi", ":"], "says Mr Hadi"),
    ],
)
def test_the_cue_is_any_verb_of_the_lexicon(nlp, why, words, tags, pos, lemmas, expected):
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, lemmas=lemmas, sent_starts=[i in (0, 3) for i in range(len(words))])
    cut = without_inverted_cue(Span(doc, 3, 6, label="PERSON"), honorifics=HONORIFICS)
    assert (None if cut is None else cut.text) == expected, why


def test_quotes_and_actors_cut_by_the_same_function():
    """One rule, not two written in parallel: both callers import the shared function (the review finding of #15)."""
    from briefgen.extract.actors import extractor as actors
    from briefgen.extract.quotes import speakers

    assert actors.without_inverted_cue is without_inverted_cue
    assert speakers.without_inverted_cue is without_inverted_cue
    assert not hasattr(actors, "_without_inverted_cue") and not hasattr(speakers, "_without_inverted_cue")
