"""An outlook holder that is a definite description of a body ("the company", "the airline") names the body the
report is about (#13, the lead's reading of Random(9595): business/047's "(airline)", business/460's "(company)"; on
the BBC corpus 95 holders were such a noun).

A role the article titled one name with ("Chancellor Gordon Brown … the chancellor said") is that name, and an office it
gives no name is the person it names bare (:mod:`briefgen.extract.quotes.office_epithets`), as the
Quotes section reads a speaker by role. The holder keeps the offsets of its own words and shows the actor's name; a state's body ("the government"), a news
outlet ("the newspaper"), a description with a name inside, and a walk that meets a person stay as written.
Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

#: (case, article, the outlook item's first words, the holder's name, the holder's own words)
CASES = [
    (
        "the company after the firm's announcement",
        "Jobs go\nOracle has announced it is cutting about 5,000 jobs after its takeover of Peoplesoft. "
        "The company said it would retain most of the development staff.\n",
        "The company said",
        "Oracle",
        "company",
    ),
    (
        "the airline through an 'it' sentence",
        "Plane deal\nRyanair has placed an order for 70 new planes. It also has an option for 70 more. "
        "The airline said it will be able to carry 70 million passengers a year.\n",
        "The airline said",
        "Ryanair",
        "airline",
    ),
    (
        "a person's sentence ends the walk",
        "Stadium plan\nArsenal has agreed to sell its old ground to a developer. "
        "Chief executive Keith Edelman met the council on Monday. The club said it would build a new stadium by 2008.\n",
        "The club said",
        "club",
        "club",
    ),
    (
        "a role the article titled one person with",
        "Debt plan\nChancellor Gordon Brown met the finance ministers in London on Friday. "
        "The chancellor said the plan would save the poorest countries $100m a year.\n",
        "The chancellor said",
        "Gordon Brown",
        "chancellor",
    ),
    (
        "an office the article gives no name is the person it names bare (as the Quotes section reads it)",
        "Debt plan\nGordon Brown met the finance ministers in London on Friday. "
        "The chancellor said the plan would save the poorest countries $100m a year.\n",
        "The chancellor said",
        "Gordon Brown",
        "chancellor",
    ),
    (
        "an office is not a person the article titles with another one",
        "Games bid\nLondon mayor Ken Livingstone met the bid team on Friday. "
        "The prime minister said the bid would win the support of the whole country.\n",
        "The prime minister said",
        "prime minister",
        "prime minister",
    ),
    (
        "a state's body is left",
        "Tax plan\nMicrosoft has criticised the new tax on software sales. "
        "The government said it would raise the tax again next year.\n",
        "The government said",
        "government",
        "government",
    ),
    (
        "a name inside the description",
        "Jobs go\nOracle has announced it is cutting about 5,000 jobs after its takeover of Peoplesoft. "
        "The Peoplesoft division said it would close two offices next year.\n",
        "The Peoplesoft division",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("name", "article", "words", "holder", "written"), CASES, ids=[c[0] for c in CASES])
def test_a_body_description_holds_for_the_body(parse, name, article, words, holder, written) -> None:
    _, doc = parse(article)
    text = doc.text
    item = next(o for o in extract_all(doc).outlook if o.text.startswith(words))
    got = item.holder.name if item.holder else None
    if holder is None:
        assert got is None or got != "Oracle", got
        return
    assert got == holder, (item.holder, item.text)
    assert text[item.holder.start : item.holder.end] == written
