"""An office or a trade as a speaker, for a person the article names without that title (#15, quotes25).

"Tony Blair has dismissed reports … “You don't do deals over jobs like this,” the prime minister told BBC One":
the article never writes "Prime Minister Tony Blair", so :mod:`.roles` has no title to read and the quotation had
no ``speaker_actor`` (42 BBC quotations in 31 articles gain one, 41 rightly; politics/253 of read 9797,
politics/175 of read 7878). The walk back by main subjects finds the person
(:func:`briefgen.extract.quotes.office_epithets.office_holder_actor`)
when the article gives the office to no name, the person has no title of another office, and the text does not
show the two to be different people. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker, its speaker actor or None)
CASES = [
    (
        "the prime minister after a bare name",
        "Deals\nTony Blair has dismissed reports that he agreed to stand down.\n\"You don't do deals over jobs like "
        'this," the prime minister told BBC One.\n',
        "You don't",
        "the prime minister",
        "Tony Blair",
    ),
    (
        "the chancellor after a bare name",
        "Budget\nGordon Brown has promised to keep a tight grip on spending.\nThe chancellor said the choice was "
        '"clear and fundamental".\n',
        "clear and fundamental",
        "The chancellor",
        "Gordon Brown",
    ),
    (
        "a party's leader after a bare name",
        "Ethnic vote\nMichael Howard is to make a pitch for the ethnic vote.\nBut the Tory leader will argue against "
        'positive discrimination, saying it is "outdated and unjust".\n',
        "outdated",
        "the Tory leader",
        "Michael Howard",
    ),
    (
        "a person titled with another office is not the prime minister",
        "Row\nLondon mayor Ken Livingstone has refused to apologise.\nMr Livingstone said he stood by his remarks.\n"
        '"He should apologise," the prime minister said.\n',
        "He should",
        "the prime minister",
        None,
    ),
    (
        "an earlier sentence puts the office beside the person",
        "Budget\nVince Cable said the chancellor had failed to deal with council tax.\nMr Cable said taxes would "
        'rise.\nThe chancellor insisted his plans were "affordable".\n',
        "affordable",
        "The chancellor",
        None,
    ),
    (
        "the quotation's own sentence names the person",
        "Figures\nMichael Fallon asked whether the figures had been changed.\nBut the chancellor said Mr Fallon was "
        '"impugning the integrity" of the statisticians.\n',
        "impugning",
        "the chancellor",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker", "actor"), CASES, ids=[c[0] for c in CASES])
def test_an_office_is_the_person_named_bare(parse, name, article, words, speaker, actor) -> None:
    assert speaker_actor_of(parse, article, words) == (speaker, actor)
