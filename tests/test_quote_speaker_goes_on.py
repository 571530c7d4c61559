"""An "it" that tags a quotation right after a body's speech verb is that body (#15, lead, twenty-eighth session).

"In a statement the RSPCA said it had “grave concerns” …. “We assume …,” it said" gave the quotation to "Texas",
named further back; "“…,” said the group in a statement. “…,” it said" to "China"; "“…,” said the magazine. “…,” it
concluded" to "Sony" (:mod:`briefgen.extract.quotes.speaker_goes_on`). A description before its verb is left to the
body walk, and a person is no "it". Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

pytestmark = pytest.mark.slow

#: (case, article, the quotation's first words, its speaker)
CASES = [
    (
        "an inverted tag with a common noun",
        "Gadget list\nThe list includes the Sony Walkman at number three and the Zenith remote control at two. "
        '"In general we included only items that were potentially mobile," said the magazine. '
        '"In the end, we tried to get to the heart of what makes a gadget a gadget," it concluded.\n',
        "In the end",
        "the magazine",
    ),
    (
        "an inverted tag after a country named earlier",
        "Censorship row\nChina has blocked Google News, a press freedom group says. "
        '"China is censoring Google News to force users to use the Chinese version," said the group in a statement. '
        '"By agreeing to launch the service, Google has let itself be used by Beijing," it said.\n',
        "By agreeing",
        "the group",
    ),
    (
        "a body's name the speech verb has as subject",
        "Net hunting\nA Texas site lets people shoot animals over the internet. In a statement the RSPCA said it had "
        '"grave concerns" about the site. "We assume it would be extremely difficult to control a gun in this way," '
        "it said.\n",
        "We assume",
        "RSPCA",
    ),
]


@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_it_goes_on_with_the_body_speaking_before(parse, name, article, words, speaker) -> None:
    assert speaker_actor_of(parse, article, words)[0] == speaker
