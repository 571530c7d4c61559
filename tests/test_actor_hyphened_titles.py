"""A hyphened title is an organisation's only when WordNet files the word written solid as one (#15, actors16).

"film-maker George Lucas" was listed as an organisation: "maker" alone titles firms ("car maker Hyundai"). WordNet's
first sense of "filmmaker" is a person, of "carmaker" an organisation; a joined word it lacks ("documentary-maker",
"condom-maker") decides nothing and the tagger's label stands.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The prize went to the US film-maker Gary Winick on Friday. Winick said the prize was a surprise.", "Gary Winick"),
        ("The film about Iraq was made by Dutch film-maker Theo Van Gogh in 2004. Van Gogh had received threats.", "Theo Van Gogh"),
        ("Veteran film-maker David Lean made the film in 1962, and Lean later won an award.", "David Lean"),
        ("The documentary-maker Max Carlish said on Monday he had been paid for the film by the BBC.", "Max Carlish"),
        ("Film-maker George Lucas told reporters the series was over. Lucas said he was proud.", "George Lucas"),
    ],
)
def test_a_person_after_a_hyphened_title_wordnet_files_as_a_person_is_a_person(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "person", kinds
    assert not any(n != name and n in name for n in kinds), kinds  # "Van Gogh", "Lucas": no second row


@pytest.mark.parametrize(
    "text, name",
    [
        ("Japanese car-maker Honda said profits rose. Honda will open a new plant in Swindon.", "Honda"),
        ("Swiss condom-maker Durex Group said sales rose, and Durex Group will hire staff.", "Durex Group"),
    ],
)
def test_a_firm_after_a_hyphened_maker_stays_a_firm(parse, text, name):
    assert kinds_of(parse, text).get(name) == "organisation"


@pytest.mark.parametrize(
    "word, person",
    [("film-maker", True), ("documentary-maker", True), ("car-maker", False), ("film maker", False), ("maker", False)],
)
def test_hyphened_title_of_a_person(parse, word, person):
    from briefgen.extract.actors.person_or_body import hyphened_title_of_a_person

    _, doc = parse(f"Test\nThe {word} spoke.\n")
    noun = next(t for t in doc if t.lower_ == "maker")
    assert hyphened_title_of_a_person(noun) is person
