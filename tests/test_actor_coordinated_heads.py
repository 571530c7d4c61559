"""A name the tagger began after the "and" that joins two of its words runs back over them (#15, actors16's read
of Random(7272): "Leisure Software Publishers Association" and "Tobago" listed, cut).

The words before the "and" are capitalised and in no entity of their own: they belong to a body's name that ends
in a body noun ("Entertainment and Leisure Software Publishers Association"); a place tagged on its own before the
"and" belongs to a country's name ("Trinidad and Tobago", "Serbia and Montenegro") and is listed no more apart. A
determiner after the "and" opens a phrase of its own ("Pact and the UK Film Council"), and a name that does not end
in a body noun is left as tagged.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name, kind, cut",
    [
        (
            "Roger Bennett of the Entertainment and Leisure Software Publishers Association welcomed the report.",
            "Entertainment and Leisure Software Publishers Association",
            "organisation",
            "Leisure Software Publishers Association",
        ),
        ("Half a world away, in the Caribbean nation of Trinidad and Tobago, he read the messages.", "Trinidad and Tobago", "country", "Tobago"),
        ("Their opponents in the group are Serbia and Montenegro, who play Spain next week.", "Serbia and Montenegro", "country", "Serbia"),
    ],
)
def test_a_name_begun_after_its_own_and_runs_back(parse, text, name, kind, cut):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == kind and cut not in kinds, kinds


@pytest.mark.parametrize(
    "text, names",
    [
        ("The film was commissioned by Pact and the UK Film Council last year.", {"UK Film Council"}),
        ("Shares in Opel and Saab fell, and Fitch and Moody's cut their ratings.", {"Saab", "Moody's"}),
        ("A survey by the Pew Internet and American Life Project found that most adults go online.", {"American Life Project"}),
    ],
)
def test_other_coordinations_are_left_as_tagged(parse, text, names):
    kinds = kinds_of(parse, text)
    assert names <= set(kinds) and not any(" and " in n for n in kinds), kinds
