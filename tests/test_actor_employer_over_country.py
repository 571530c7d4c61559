"""A role that names both a country and the body its holder works for gives the body as the affiliation
(#15, the lead's reading of Random(9191): "Ian Harris, deputy editor of UK magazine Mac Format" had the United
Kingdom; on the BBC corpus 36 people in 35 articles whose role named their employer had the country instead).

The body must be the object of "at", "for", "of", "from" or "with" in the role (or the name its noun phrase ends
with); a body the role names some other way ("envoy to the United Nations"), or a role naming no body of the
article, keeps the country.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


def _affiliation(parse, text: str, person: str) -> str | None:
    return people_of(parse, text)[person].affiliation


@pytest.mark.parametrize(
    "text, person, affiliation",
    [
        # the country is the body's modifier, the body the object of "of"
        ('Mac Format sells well. "It will sell," said Ian Harris, deputy editor of UK magazine Mac Format.', "Ian Harris", "Mac Format"),
        # the country is where the body's office is
        ('"Rates will rise," said Paul Sheard, economist at Lehman Brothers in Tokyo.', "Paul Sheard", "Lehman Brothers"),
        # the country is the person's field
        ('"Growth slowed," said Ian Shepherdson, chief US economist at High Frequency Economics.', "Ian Shepherdson", "High Frequency Economics"),
        # a possessive country before the body
        (
            '"Costs are up," said Digby Jones, director general of the UK\'s Confederation of British Industry.',
            "Digby Jones",
            "Confederation of British Industry",
        ),
        # "for"
        ('"Demand is strong," said Tevfik Aksoy, chief Turkish economist for Deutsche Bank.', "Tevfik Aksoy", "Deutsche Bank"),
        # no body of the article named: the country stays
        ('"Growth slowed," said Ian Shepherdson, chief US economist at a bank.', "Ian Shepherdson", "United States"),
        # the body is not the employer: "to"
        ('"We need aid," said Assad Omar, Afghanistan\'s envoy to the United Nations.', "Assad Omar", "Afghanistan"),
    ],
)
def test_the_employer_a_role_names_beats_the_country(parse, text, person, affiliation):
    assert _affiliation(parse, text, person) == affiliation
