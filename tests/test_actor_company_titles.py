"""A name the tagger typed a person, titled by a noun WordNet knows as a company in any sense, is a body
(#15, actors34).

`kinds.titled_as_a_body` took only nouns whose first WordNet sense is an organisation; "distributor",
"subsidiary" and "shipper" are people first and companies after, so the held-out read Random(11313) had Toho, "the
film's distributor" (entertainment/065 and 087), as a person, and the BBC corpus Fuso ("Japanese subsidiary Fuso"),
Brightmail ("Symantec subsidiary Brightmail") and Jet Star ("distributor Jet Star"). The nouns come from
`tools/wordnet_company_nouns.py` (`data/company_nouns.txt`); the guard for an agent noun before a census given name
holds. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The film's distributor Toho expects 40 million people to see it, the studio said.", "Toho"),
        ("A spokesman for distributor Toho said the film had done well in Japan.", "Toho"),
        ("The losses came from its Japanese subsidiary Fuso, the carmaker said on Monday.", "Fuso"),
        ("Most junk mail filtered by software subsidiary Brightmail was spotted early, Mr Hogan said.", "Brightmail"),
    ],
)
def test_a_name_titled_by_a_company_noun_is_a_body(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("The film's distributor John Smith expects 40 million people to see it.", "John Smith"),
        ("The film's producer Hayao Miyazaki expects 40 million people to see it.", "Hayao Miyazaki"),
    ],
)
def test_a_person_so_titled_or_titled_by_a_person_s_noun_stays(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "person", kinds
