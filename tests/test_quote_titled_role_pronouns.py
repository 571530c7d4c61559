"""A "he"/"she" after a sentence about a definite role, for the one person a capitalised title gave that role (#15, quotes33).

"Home Secretary David Blunkett …. Mr Blair retorted …. The home secretary has already admitted he was wrong ….
He has apologised for “…”": the look-back (:func:`briefgen.extract.quotes.speakers.antecedent`) leads a "he" after
"the Tory leader" to the person the article titled so, but only through a lower-case title ("Tory leader Michael
Howard"); a capitalised one ("Home Secretary Charles Clarke", "Prime Minister Tony Blair"), which the parse reads
as names, was kept for role speakers only, so the "he" went on past the description to whichever name an earlier
sentence was about (Tony Blair, David Blunkett, Frost). Now a capitalised title the article gave one person only
(:meth:`briefgen.extract.quotes.roles.RoleIndex.only_person`) answers too. BBC corpus: 4 quotations in 3 articles
change, all to the right person. A "shadow" title is another role, and a title two people held says no one.
Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker's name, whether that is the expected speaker)
CASES = [
    (
        "a prime minister after a sentence about another name",
        "Row should end\nPrime Minister Tony Blair said it was time to draw a line under the row.\n"
        "David Blunkett resigned last week after an inquiry.\n"
        'The prime minister shrugged off claims of a cover-up. He said: "We should all move on now."\n',
        "We should all move on",
        "Tony Blair",
        True,
    ),
    (
        "a home secretary after a sentence about the prime minister",
        "Sheffield trip\nTony Blair is to join Home Secretary David Blunkett on a visit to Sheffield.\n"
        "Mr Blair said voters remembered the record of a government.\n"
        "The home secretary has already admitted he was wrong to give the tickets. "
        '"It was a genuine mistake and I have paid the money back," he said.\n',
        "It was a genuine mistake",
        "David Blunkett",
        True,
    ),
    (
        "a foreign secretary after a sentence about a minister",
        "Summit\nForeign Secretary Jack Straw flew to Brussels on Monday.\nGeoff Hoon stayed in London for talks.\n"
        'The foreign secretary met his European counterparts. "The talks went well," he said.\n',
        "The talks went well",
        "Jack Straw",
        True,
    ),
    (
        "a shadow title is another role",
        "Migrants\nShadow Home Secretary David Davis has attacked the plan.\nCharles Kennedy spoke in Leeds.\n"
        'The home secretary defended the scheme. "It is fair and firm," he said.\n',
        "It is fair and firm",
        "David Davis",
        False,
    ),
    (
        "a title two people held says no one",
        "Talks\nPrime Minister Tony Blair met Prime Minister John Howard in London.\nPeter Hain was not there.\n"
        'The prime minister praised the talks. "It was a good day," he said.\n',
        "It was a good day",
        "John Howard",
        False,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "person", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_pronoun_after_a_titled_role_is_its_one_holder(parse, name, article, words, person, expected) -> None:
    speaker, actor = speaker_actor_of(parse, article, words)
    assert (person in (speaker, actor)) is expected, (speaker, actor)
