"""A described speaker's name in apposition is who speaks, whatever label the tagger gave it (#15, quotes38).

"Kenteris's lawyer, Gregory Ioannidis, said: “…”" is Ioannidis's: the description heads the subject and the name
stands in apposition to it. The speaker walk (:func:`.speakers.mention_for`) and the pronoun look-back
(``_apposed_name``) took the apposed name only when the tagger called it a person, and the small model often calls
such a name an organisation ("Gregory Ioannidis", "Dolores M Troiani", "Guy Mansfield QC") or heads it on post
letters ("Brian Monteith MSP", the name a compound of "MSP"), so the speaker stayed the description (BBC corpus: 9
quotations in 6 articles). Now :func:`.speakers.apposed_person` takes a name of another label when it is a person's:
the actor table's kind is a person, or its first word is a census given name and the table does not call it
something else. A body in apposition ("Telecom analysts, Ovum,"; "Its new owner, Morgan Stanley," which the table
calls an organisation) stays as it was. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import shown_speaker_of

#: (case, article, the quotation's first words, the expected speaker)
CASES = [
    (
        "a given name the tagger called an organisation",
        "Appeal\nThe sprinter was cleared on Friday after a long hearing in Athens. The sprinter's lawyer, Gregory "
        "Ioannidis, said: \"The decision clears him of every charge.\"\n",
        "The decision clears",
        "Gregory Ioannidis",
    ),
    (
        "a name hung on post letters",
        "Budget\nCouncils will raise their tax bills again this spring. The Tory finance spokesman, Brian Monteith MSP, "
        "said: \"It is a form of disguise for cuts.\"\n",
        "It is a form",
        "Brian Monteith",
    ),
    (
        "a pronoun after a described subject with its name apposed",
        "Case\nThe comedian will not face charges, the prosecutor said. The woman's lawyer, Dolores M Troiani, said her "
        "client was likely to sue. \"I think that is the only avenue open to her,\" she said.\n",
        "I think that is",
        "Dolores M Troiani",
    ),
    (
        "a body in apposition with no given name stays the description",
        "Phones\nMobile firms have lost ground to cable companies this year. Telecom analysts, Ovum, said the firms had "
        "\"given a lot of ground\" to rivals.\n",
        "given a lot",
        "Telecom analysts",
    ),
    (
        "a given name the actor table calls an organisation stays the description",
        "Stores\nThe shop was sold on Monday. Its new owner, Morgan Stanley, said: \"We are delighted with the price.\"\n",
        "We are delighted",
        "Its new owner",
    ),
]



@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_apposed_persons_name_speaks(parse, name, article, words, expected) -> None:
    assert shown_speaker_of(parse, article, words) == expected
