"""First-person demanders and refusers inside a quotation are its speaker (#14).

"We will not accept a settlement that fuels inflation," she told reporters — the
refuser is the quotation's speaker, not "Someone"; "we" is the organisation the
speaker's title names where it names one. The demands extractor gets the quotes'
speakers from :func:`briefgen.extract.extract_all` as a small frozen view
(:func:`briefgen.extract.demands.quoted_speakers`).
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all
from briefgen.extract.demands import QuotedSpeaker, quoted_speakers
from briefgen.records import Actor, Quote

QUOTED = [
    pytest.param(
        "Pay Row\n"
        "Treasury minister Anna Pike rejected the demand.\n"
        '"We will not accept a settlement that fuels inflation," she told reporters.\n',
        [("R", "Anna Pike", "rejected"), ("R", "Anna Pike", "not accept")],
        id="we-refuse-in-a-quotation",
    ),
    pytest.param(
        'Election Call\n"I call on the government to resign," said opposition leader John Smith.\n',
        [("D", "John Smith", "call on")],
        id="i-call-on-in-a-quotation",
    ),
    pytest.param(
        'Pay Talks\n"We demand a pay rise," JSA Research analyst Paul Nesbit said.\n',
        [("D", "JSA Research", "demand")],
        id="we-is-the-organisation-the-title-names",
    ),
    pytest.param(
        'Pay Talks\n"We demand a pay rise," a union spokesman said.\n',
        [("D", "union spokesman", "demand")],
        id="a-speaker-named-by-a-noun",
    ),
    pytest.param(
        'March\n"We demand justice," a banner read.\n',
        [("D", None, "demand")],
        id="a-banner-speaks-for-nobody",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_first_person_in_a_quotation_is_its_speaker(parse, text: str, expected: list) -> None:
    _, doc = parse(text)
    extraction = extract_all(doc)
    found = [("D", d.by, d.verb) for d in extraction.demands] + [("R", r.by, r.verb) for r in extraction.rejections]
    assert found == expected


def _quote(speaker: str | None, start: int = 1, end: int = 20) -> Quote:
    return Quote(text="x" * (end - start), speaker=speaker, start=start, end=end, sentence_start=0, sentence_end=end + 1)


@pytest.mark.parametrize(
    ("quotes", "actors", "expected"),
    [
        pytest.param([_quote(None)], [], (), id="unattributed-quote-is-left-out"),
        pytest.param(
            [_quote("Jane Roe")],
            [Actor("Jane Roe", "person", 0, 8, roles=("Acme Corp chief executive",)), Actor("Acme Corp", "organisation", 30, 39)],
            (QuotedSpeaker(1, 20, "Jane Roe", "Acme Corp"),),
            id="organisation-named-in-the-title",
        ),
        pytest.param(
            [_quote("Jane Roe")],
            [Actor("Jane Roe", "person", 0, 8, affiliation="United Kingdom"), Actor("United Kingdom", "country", 30, 39)],
            (QuotedSpeaker(1, 20, "Jane Roe", None),),
            id="a-country-is-no-organisation-for-we",
        ),
        pytest.param([_quote("a spokesman")], [], (QuotedSpeaker(1, 20, "spokesman", None),), id="common-noun-speaker"),
        pytest.param([_quote("banner")], [], (), id="no-actor-no-speaker"),
    ],
)
def test_quoted_speakers_view(quotes: list, actors: list, expected: tuple) -> None:
    assert quoted_speakers(quotes, actors) == expected


def test_we_is_the_organisation_and_i_the_speaker() -> None:
    view = QuotedSpeaker(0, 10, "Jane Roe", "Acme Corp")
    assert [view.first_person(w) for w in ("We", "us", "I", "me")] == ["Acme Corp", "Acme Corp", "Jane Roe", "Jane Roe"]
