"""The shared actor-noun lexicon and the shared pronoun rule, as demands use them (#14).

``briefgen.extract.lexicon`` is generated from WordNet 3.0, so nouns nobody
typed ("deputy", "peer", "backbencher") name actors; the part of speech keeps
adjectives whose first WordNet sense is a person ("national") out. "he"/"she"
of a demand resolve by the quotes' rule, which knows genders.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_events
from briefgen.extract.lexicon import ACTOR_NOUNS, INSTITUTION_NOUNS, PERSON_AND_ORGANISATION_NOUNS, is_actor_noun

HEADLINE = "Talks\n"


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("deputy", True), ("peer", True), ("backbencher", True), ("spokeswoman", True), ("official", True),
        ("ministry", True), ("opposition", True), ("kremlin", True),
        ("meeting", False), ("budget", False), ("ceasefire", False), ("talk", False),
    ],
)
def test_the_lexicon_knows_people_and_institutions_not_things(lemma: str, expected: bool) -> None:
    assert (lemma in ACTOR_NOUNS) is expected


def test_the_generated_list_is_wordnet_and_the_hand_part_is_small() -> None:
    assert len(PERSON_AND_ORGANISATION_NOUNS) > 5000  # generated, not typed
    assert len(INSTITUTION_NOUNS) < 40
    assert all(w.isalpha() and w.islower() for w in PERSON_AND_ORGANISATION_NOUNS)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        pytest.param("The deputy spoke to reporters.", "deputy", True, id="noun"),
        pytest.param("The national team lost.", "national", False, id="adjective-of-a-person-lemma"),
        pytest.param("Two of the peers voted on Monday.", "peers", True, id="plural-noun"),
    ],
)
def test_only_nouns_name_actors(parse, sentence: str, word: str, expected: bool) -> None:
    _, doc = parse(HEADLINE + sentence + "\n")
    token = next(t for t in doc if t.text == word)
    assert is_actor_noun(token) is expected


#: (text, (kind, by, of)): demands whose actors the old hand list did not know, and a gendered pronoun.
SHARED_RULES = [
    pytest.param("The deputy said peers must back the bill.", ("demand", "deputy", "peers"), id="must-of-peers"),
    pytest.param(
        "Home Secretary Theresa May met Mr David Davis on Monday. Mrs May said her party was united. "
        "He urged the government to drop the bill.",
        ("demand", "David Davis", "government"),
        id="he-is-the-man-not-the-last-subject",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SHARED_RULES)
def test_demands_use_the_shared_lexicon_and_pronoun_rule(parse, text: str, expected: tuple) -> None:
    _, doc = parse(HEADLINE + text + "\n")
    events = [(e.kind, e.by, e.of) for e in extract_events(doc)]
    assert events == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        pytest.param("Visitors who stay a year or more will have to undergo a medical.", "Visitors", False, id="bare-plural-with-relative-clause"),
        pytest.param("The visitors who came on Monday will leave.", "visitors", True, id="definite-plural"),
        pytest.param("Visitors will leave on Monday.", "Visitors", True, id="bare-plural-alone"),
    ],
)
def test_a_class_named_by_a_condition_is_no_actor(parse, sentence: str, word: str, expected: bool) -> None:
    from briefgen.extract.demands.phrases import is_actor_like

    _, doc = parse(HEADLINE + sentence + "\n")
    token = next(t for t in doc if t.text == word)
    assert is_actor_like(token) is expected
