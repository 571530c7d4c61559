"""A clause that says a name is a work keeps the name out of the actors (#15, actors19).

The small model tags songs, shows, books and films a person or an organisation, and :mod:`briefgen.extract.actors.works`
only read the noun phrase around a name. Three clause frames say the same: the direct object of a verb of authoring
("helped write X", "produced Mr X", "directed X"), the subject of "be"/"become" whose complement is a work noun ("X has
become one of the channel's most watched programmes", "X is a new game"), the name after "for" that ends a prize
category of "best" and a work noun ("won best album for X"), and what a machine runs ("PCs running X"). BBC corpus: 22 rows in 20 articles left the actor tables.
A person after a category of a performer ("best actor for Jamie Foxx"), an object with a clause of its own ("directed
Mr Sullivan to hide"), a maker called by another noun ("the biggest handset maker") and a firm its article titles as a
body ("search start-up Quarkle … Quarkle is desktop search software") stay actors. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, work, actor",
    [
        ("Terry Melcher, the son of a famous actress, helped write Moonfall for the Hollies in 1966.", "Moonfall", "Terry Melcher"),
        ("Terry Melcher also produced Mr Lonely Heart for the Hollies in 1966.", "Lonely Heart", "Terry Melcher"),
        ("The Mexican film-maker Alfonso Cuaron, who directed Harry Potter and the Goblet of Fire, is back.", "Harry Potter", "Alfonso Cuaron"),
        ("Mr Jones said Silver Harbour has become one of the most watched programmes on Channel 5.", "Silver Harbour", "Channel 5"),
        ("Harbour Lights has become one of the channel's most watched programmes. Two sisters met again live on Harbour Lights.", "Harbour Lights", None),
        ("Mr Bysshe said Nightfall is a new game which will sell well.", "Nightfall", "Bysshe"),
        ("At the ceremony Alicia Keys collected best album for Rainmaker and best female.", "Rainmaker", "Alicia Keys"),
        ("The virus hits PCs running the operating system Quasar, experts at Sophos said.", "Quasar", "Sophos"),
        ("Most computers running Orbit Media Center have a tuner, said Mr Hall.", "Orbit Media Center", "Hall"),
        ("The rapper Kanye West took home best rap song for Golden Stairs on Sunday.", "Golden Stairs", "Kanye West"),
    ],
)
def test_a_work_in_a_work_clause_is_no_actor(parse, text, work, actor):
    kinds = kinds_of(parse, text)
    assert (actor is None or actor in kinds) and not any(work in name for name in kinds), kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The jury also gave best actor for Jamie Foxx and best director for Martin Scorsese.", "Jamie Foxx", "person"),
        ("The judge directed Mr Sullivan to hide the losses, the court heard.", "Sullivan", "person"),
        ("Nobody should write off Gordon Brown yet, his allies said.", "Gordon Brown", "person"),
        ("The consortium running Thames Water said it would appeal the ruling.", "Thames Water", "organisation"),
        ("Analysts said Nokia is the biggest handset maker in the world.", "Nokia", "organisation"),
        ("At that stage, says Dr Hollis, films could become much cheaper to make.", "Hollis", "person"),
        (
            "Search start-up Quarkle has released a second version of its software. Quarkle is desktop search software that "
            "suggests websites to people.",
            "Quarkle",
            "organisation",
        ),
    ],
)
def test_an_actor_in_a_clause_like_it_stays(parse, text, name, kind):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == kind or kinds.get(f"Mr {name}") == kind or kinds.get(f"Dr {name}") == kind, kinds
