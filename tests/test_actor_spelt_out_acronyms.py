"""An acronym the article spells out in common words, whatever its letters' case, names no actor (#15, actors35).

The held-out reads listed such acronyms as actors on main: "DTT" an organisation of 11 mentions after "digital
terrestrial TV (DTT)" (Random(11212), tech/371), "Mbps" and "Kbps" people after "megabits per second (Mbps)"
(Random(11010), tech/335), and the lead's reading of Random(11616) "Mel" a person after "Minority ethnic led (Mel)";
the BBC corpus holds the same construction in other articles ("anti-social behaviour orders (Asbos)", "radio
frequency ID (RFID)", "Voice over IP (Voip)", "Internet service provider (ISP)"). The sentences here are made up.

actors38: the spelling may follow the acronym in its brackets instead ("RSS (really simple syndication)", "VJ (video
jockey)", "LCDs (liquid crystal displays)": 4 such brackets in 4 BBC articles, 3 rows gone, all right).
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, acronym",
    [
        # a common noun in capitals closing the spelled-out words
        ("Spain will launch a digital terrestrial TV (DTT) service in May. Analysts said DTT had a bad image.", "DTT"),
        # small letters in the acronym, letters from inside a word ("m(ega)b(its)")
        ("The new phones offer about two megabits per second (Mbps) on the network.", "Mbps"),
        ("Councils issued 2,600 anti-social behaviour orders (Asbos) last year. Asbos were breached a third of the time.", "Asbos"),
        # the first word capitalised, the others in lower case
        ("A report on Minority ethnic led (Mel) production companies was published by the council.", "Mel"),
    ],
)
def test_an_acronym_spelt_out_in_common_words_is_no_actor(parse, text, acronym):
    kinds = kinds_of(parse, text)
    assert acronym not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # a name is spelled out in capitals: the body stays
        ("The European Central Bank (ECB) raised rates on Thursday. The ECB said inflation would rise.", "European Central Bank"),
        ("Officials of Athletics Kenya (AK) suspended the runner on Friday.", "Athletics Kenya"),
        # a person's short name after the person's name, no common words before it
        ("The star Melanie Brown (Mel) said she would return to the band next year.", "Melanie Brown"),
    ],
)
def test_a_name_before_its_acronym_stays(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds, kinds


@pytest.mark.parametrize(
    "text, acronym",
    [
        # the acronym first, its spelling in lower case in the brackets after it (actors38: BBC tech/088, tech/110, tech/360)
        ("Blogs use RSS (really simple syndication) to tell readers about new posts.", "RSS"),
        ("The new radio show is hosted by the former VJ (video jockey) Sam Hart, the station said.", "VJ"),
        ("Shops sold more LCDs (liquid crystal displays) than ever. The LCD is now cheaper than the plasma screen.", "LCD"),
    ],
)
def test_an_acronym_spelt_out_in_the_brackets_after_it_is_no_actor(parse, text, acronym):
    kinds = kinds_of(parse, text)
    assert acronym not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # brackets after a body's acronym that say what it is, not what its letters stand for
        ("The BBC (the broadcaster) said on Monday that it would cut 2,900 jobs.", "BBC"),
        ("Shares in EMI (the record company) rose 3% after its results, the firm said.", "EMI"),
        # a name spelled out in capitals after its acronym is a body's name
        ("The IOC (International Olympic Committee) will choose the host city in July.", "International Olympic Committee"),
    ],
)
def test_a_body_before_brackets_that_do_not_spell_it_stays(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds, kinds
