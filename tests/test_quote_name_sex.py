"""A "he" or a "she" passes over a person whose given name is of the other sex, when the article states none (#15, quotes29).

The look-back read a person's gender only from what the article writes (an honorific, a role word, the person's own
"his" or "her"), so a pronoun went to the nearest name the article said nothing of: "The director said he was
“thrilled” …. “…,” he said" to Michelle Paver, "The executive spokeswoman said …. She said: “…”" to David McLetchie
(named in apposition before), "… announced by Chancellor Gordon Brown …. She said … she was “…”" to Brown, "But while
he tipped Swank to win, he predicted …. “…,” he told the BBC" to Hilary Swank. A given name the 1990 US Census gives
one sex ten times as often as the other now passes such a candidate over (:mod:`briefgen.extract.quotes.name_sex`); a
name both sexes bear, a lone surname and a stated gender decide as before. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "a woman's given name is no 'he'; the described man before it is",
        "Film rights\nAuthor Michelle Dane has sold the film rights to her novel, with Ridley Hart set to direct.\n"
        "Michelle Dane's Wolf Moon is the first of six books. Fox has bought the rights for $4m. The director said he "
        'was "thrilled" with the project. "Wolf Moon is an enchanting book," he said.\n',
        "Wolf Moon is an enchanting book,",
        "director",
    ),
    (
        "a man's given name is no 'she'; the named woman further back is",
        "Council tax\nFinance Minister Sue Hale said it was a good deal for councils. The settlement includes the "
        "money announced by Chancellor Gordon Brown. But opposition parties said the rises would be steep. "
        'She said she was "confident that councils will set reasonable taxes".\n',
        "confident that councils will set reasonable taxes",
        "Sue Hale",
    ),
    (
        "a man named in apposition before is no 'she'; the described woman after him is",
        "Hospital\nScottish Conservative leader, David Kerr, said earlier it was a disgrace. The executive "
        "spokeswoman said the leave was agreed by a psychiatric adviser. She said: \"Ministers were told of that.\"\n",
        "Ministers were told of that.",
        "spokeswoman",
    ),
]

#: (case, article, the quoted words, words of the speaker or its actor that must stay)
KEPT = [
    (
        "a given name both sexes bear decides nothing",
        "Awards\nRobin Dane won the prize on Monday. The jury praised the book. "
        '"It is a great honour," she said.\n',
        "It is a great honour,",
        "Robin Dane",
    ),
    (
        "a stated gender wins over the given name",
        "Awards\nMrs Michael Dane won the prize on Monday. The jury praised the book. "
        '"It is a great honour," she said.\n',
        "It is a great honour,",
        "Dane",
    ),
    (
        "a given name of the pronoun's sex stays the speaker",
        "Awards\nMichelle Dane won the prize on Monday. The jury praised the book. "
        '"It is a great honour," she said.\n',
        "It is a great honour,",
        "Michelle Dane",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_pronoun_passes_over_a_given_name_of_the_other_sex(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_a_pronoun_keeps_what_the_given_name_does_not_decide(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)
