"""An acronym the article also writes in the plural names no actor (#15, actors38).

The held-out read Random(11919) listed "PED" (tech/249: "Project Entropia Dollars", "Ten PEDs are the equivalent to one
US dollar") as an organisation; the BBC corpus counts "SMSes", "MDAs", "MMORPGs", "DJs" and "MSCPs" in articles where
the singular or the plural was a body's row. A name is one body's and no writer counts it. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, acronyms",
    [
        # a unit, a product, a message: counted, so a common noun's
        ("Gamers earn PED by building houses. Ten PEDs are worth one US dollar.", ("PED",)),
        ("Users can now send SMS from their computers. The SMSes cost 5p each, the company said.", ("SMS", "SMSes")),
        ("The MDA IV is an upgrade to the company's smartphone, the MDA III. About 100,000 MDAs have been sold.", ("MDA",)),
        ("Critics say MMS is confusing. Few people send MMSes, the survey found.", ("MMS", "MMSes")),
    ],
)
def test_an_acronym_written_in_the_plural_is_no_actor(parse, text, acronyms):
    kinds = kinds_of(parse, text)
    assert not any(acronym in kinds for acronym in acronyms), kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # a body's acronym in the possessive, or ending in a capital S, is no plural
        ("Shares in EMI rose 3% on Monday. EMI's profits beat forecasts, the firm said.", "EMI"),
        ("Analysts at UBS said the bank would cut jobs. UBS's shares fell.", "UBS"),
        # a name in mixed case counted is a brand's as often as its maker's: the firm stays
        ("Personal video recorder firm TiVo said on Monday that people could copy shows from their TiVos to laptops.", "TiVo"),
    ],
)
def test_a_body_s_acronym_not_counted_stays(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds, kinds
