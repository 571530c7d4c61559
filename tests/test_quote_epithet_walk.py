"""An epithet's walk back reads a main subject as a person the way the pronoun look-back does (#15, quotes21).

"“For me, this was a big success,” said the 20-year-old" refers back by the main subjects of the sentences
before it (:func:`briefgen.extract.quotes.epithets.described_person_actor`). The walk stopped at a subject the
tagger left untagged though the article names the person in full ("Minar, ranked 158th in the world, was
forced …") and at a title the parser made the head with the name hanging on it ("Ninth seed Nalbandian had
never …", "Former Chelsea captain Desailly, who …, says …"): 8 BBC quotations in 5 articles had no actor.
The pronoun look-back takes such a hung name too ("Wenger's Bayern counterpart Felix Magath was …. He said:"). The
headline and an untagged common word stay out. Made-up articles, parsed by the real model, with the actor table naming the person.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, the person its speaker stands for, or None)
CASES = [
    (
        "an untagged surname named in full before",
        'Minar wins\nIvo Minar beat the top seed on Saturday to reach his first final. He is set to meet Frenchman Arnaud Clement in the first round of the Australian Open. Minar, ranked 158th in the world, was forced to pull out of the Australian Open qualifying draw to play in his first ATP final. "For me, this was a big success," said the 20-year-old.\n',
        "For me, this",
        "Ivo Minar",
    ),
    (
        "a name hung on a ranking title",
        'Hewitt through\nLleyton Hewitt beat David Nalbandian in five sets on Friday. Ninth seed Nalbandian had never come back from two sets down to win a match, and there was no indication he would do so. "The umpire was not very good for the sport," said the Argentine.\n',
        "The umpire was",
        "David Nalbandian",
    ),
    (
        "a name hung on a former captain's title",
        'Desailly backs Blues\nMarcel Desailly has praised the Chelsea side of this season.\nFormer Chelsea captain Desailly, who is now playing for Al-Gharafa in Qatar, says there is no comparison between that side and the current Blues team, who are top of the Premiership. "Mentally they are much stronger, even though a lot of their players are young," said the 36-year-old.\n',
        "Mentally they are",
        "Desailly",
    ),
    (
        "the headline's subject is no antecedent",
        "Faultless Federer has no equal\nRoger Federer - nice bloke, fantastic tennis player. "
        '"You are the best," the Australian said after the final.\n',
        "You are the best",
        None,
    ),
    (
        "an untagged common word is no surname",
        "Cup tie\nTom Hale scored twice for Leeds on Sunday. "
        "City lost 2-0 at home to Leeds. "
        '"I am very happy here," said the 22-year-old.\n',
        "I am very happy",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "person"), CASES, ids=[c[0] for c in CASES])
def test_an_epithet_walks_back_past_a_missed_name(parse, name, article, words, person) -> None:
    speaker, actor = speaker_actor_of(parse, article, words)
    assert actor == person, (speaker, actor)


#: (case, article, the quotation's first words, its speaker): the pronoun look-back reads the same hung name.
PRONOUN_CASES = [
    (
        "a name hung on a counterpart's title",
        "Bayern win\nBayern Munich beat Arsenal 3-1 on Tuesday. Wenger also tried to stay upbeat himself, adding: "
        '"There is enough time for crying." But Wenger\'s Bayern counterpart Felix Magath was in no mood to celebrate '
        'either. He said: "I am far from happy despite the win."\n',
        "I am far from happy",
        "Felix Magath",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), PRONOUN_CASES, ids=[c[0] for c in PRONOUN_CASES])
def test_a_pronoun_finds_a_name_hung_on_a_title(parse, name, article, words, speaker) -> None:
    assert speaker_actor_of(parse, article, words)[0] == speaker
