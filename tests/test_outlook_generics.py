"""Outlook: a modal said of "any" member of a kind is a rule or a capability, no outlook (#13, :mod:`briefgen.extract.outlook.generics`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # free-choice "any" in the modal's clause: what a thing does, or what is allowed, for a whole kind
    ("free choice", "The new virus will spread by Bluetooth to any vulnerable phone in range.", False),
    ("free choice", "The entrants could be from any country and any musical genre.", False),
    ("free choice", "The software will also appeal to anyone using a handheld computer.", False),
    ("free choice", "Each file could be anything from a holiday photo to a pirated film.", False),
    ("free choice", "The rules cap the number of bodies that could be set up by any single department.", False),
    # the polarity item: negation (in the clause, its subject, the verb reporting it), a question, a stopping verb
    ("polarity", "The police chief said he did not believe there would be any repeat of the trouble.", True),
    ("polarity", "None of the former directors will admit any wrongdoing under the settlement.", True),
    ("polarity", "Analysts are unsure whether the new service will make money for anyone.", True),
    ("polarity", "The new manager's experience will prevent any revolt in the squad.", True),
    # an actor acting on whatever comes, the verb's object, what is sought, a time, an occasion ahead
    ("actor", "The Conservative Party would deal sympathetically with any application by the peer.", True),
    ("object", "The two shareholders will reject any formal offer for the club.", True),
    ("sought", "The chancellor's next speech will be examined for any signs of division.", True),
    ("time", "The minister said an announcement could come at any time.", True),
    ("occasion", "The judge said the case could have serious consequences for any general election.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_rule_said_of_any_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"


# (class, sentence, is outlook): a modal of possibility on a verb of using, by a generic user
USE_CASES: list[tuple[str, str, bool]] = [
    ("generic user", "The patch fixes a hole which an attacker could use to take control of a computer.", False),
    ("generic user", "Many of the flaws could be used by virus writers to take over machines remotely.", False),
    ("generic user", "Patients with spinal injuries could use the cap to move a cursor.", False),
    # a named or definite user is a choice ahead; "will" is a plan; a time ahead makes a forecast
    ("named user", "Ruddock may use the young fly-half as his first-choice kicker.", True),
    ("definite user", "The government could use the money to cut pensioners' bills.", True),
    ("will", "Hackers will use the flaw to attack banks next month.", True),
    ("time ahead", "Households with satellite dishes could soon be using smartcards.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), USE_CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(USE_CASES)])
def test_a_use_open_to_anyone_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
