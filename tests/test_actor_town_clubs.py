"""A town the article names once by a club's construction is its club wherever it names it alone (#15, actors24).

The lead's reading of Random(9595) (sport/300: "Leicester" a person from "Leicester's in-form prospect") and the
census of main's corpus dump: 146 one-word person rows whose name is a GeoNames place and no census given name, about
55 of them places or clubs. Two constructions name a club elsewhere in such articles: the town before a club post or
"player" ("the former Porto coach", "Llanelli's player of the season"), and the town as the sole subject of a verb
that agrees with a plural ("Gloucester have also been caught", "if Basle fail to beat"); and the town after the "for"
of playing or signing or the "with" of a fixture, a final, a contract or a win ("played for Ajax", "Tottenham's
Premiership fixture with Charlton", "won the Champions League in 1993 with Marseilles") — not a tennis "meeting";
and the town alone in brackets after a name, in an article listing at least three so ("R McBryde (Llanelli)",
"C Stoica (Montpellier)": squad lists the team-sheet reader does not take for a sheet) — not one bracket alone
("Martin (Campbell) is …"). A person's surname that is
also a town ("Radcliffe", "Paterson"), a name among several subjects ("Emily, 16, and Pelham, 14, were") and a name
with an honorific stay people.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.clubs import towns_named_as_clubs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, towns",
    [
        ("The former Porto coach watched from the stand. Porto's defence was poor all night.", {"Porto"}),
        ("The Bath player was ruled out for a month. Bath's offer was rejected by his agent.", {"Bath"}),
        ("Gloucester have signed a new hooker. Gloucester's director of rugby was pleased.", {"Gloucester"}),
        ("Narbonne are keen to keep him. Narbonne's offer is the best he has had.", {"Narbonne"}),
        ("Radcliffe won the race in New York. Radcliffe's time was the fastest this year.", set()),
        ("Paterson kicked four penalties as Scotland won. Paterson's boot kept them in the game.", set()),
        ("Their children Emily, 16, and Pelham, 14, were pleased. Pelham's school said nothing.", set()),
        ("He played for Ajax for ten years. Ajax said he would be missed.", {"Ajax"}),
        ("Tottenham's fixture with Charlton was moved. Charlton said the police had asked for it.", {"Charlton"}),
        ("She lost her meeting with Martinez in three sets. Martinez said the heat was terrible.", set()),
        ("The minister had a meeting with Kennedy on Monday. Kennedy said the talks went well.", set()),
        ("Replacements: R McBryde (Llanelli), J Yapp (Cardiff), M Owen (Dragons), C Stoica (Montpellier).", {"Llanelli", "Cardiff", "Montpellier"}),
        ("Director Martin (Campbell) is an old hand, the producer said. Campbell has made two Bond films.", set()),
        ("Real Madrid are keen to sign him, and the Madrid coach agreed.", set()),  # a longer name; a capital is a country's
    ],
)
def test_towns_named_as_clubs(parse, text, towns):
    _, doc = parse(f"Test\n{text}\n")
    assert set(towns_named_as_clubs(doc)) == towns


@pytest.mark.parametrize(
    "text, club",
    [
        ("The former Porto coach watched from the stand. Porto's defence was poor all night.", "Porto"),
        ("Narbonne are keen to keep him. Narbonne's offer is the best he has had.", "Narbonne"),
        ("Basle fail to reach the last 16 if they lose. Bryan joined from Basle's rivals. Basle's manager was angry.", "Basle"),
        ("He played for Ajax for ten years. Ajax said he would be missed.", "Ajax"),
        ("He won the league in 1993 with Marseilles. Marseilles won nothing after he left.", "Marseilles"),
        ("The squad: R de Marigny (Parma), S Dellape (Agen), M Bortolami (Narbonne), A Masi (Viadana).", "Parma"),
        ("Replacements: R McBryde (Llanelli), J Yapp (Cardiff), M Owen (Dragons), C Stoica (Montpellier).", "Llanelli"),
        ("Llanelli's player of the season signed a new deal. Coach Gareth Jenkins said Llanelli's forwards were superb.", "Llanelli"),
    ],
)
def test_a_town_named_as_a_club_is_no_person(parse, text, club):
    assert kinds_of(parse, text).get(club) == "organisation"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Radcliffe won the race in New York. Radcliffe's time was the fastest this year.", "Radcliffe"),
        ("Paterson kicked four penalties as Scotland won. Paterson's boot kept them in the game.", "Paterson"),
        ("Their children Emily, 16, and Pelham, 14, were pleased. Pelham's school said nothing.", "Pelham"),
        ("She lost her meeting with Martinez in three sets. Martinez said the heat was terrible.", "Martinez"),
        ("Kennedy were beaten in the vote, said Mr Kennedy's aide.", "Kennedy"),  # an honorific names a person
    ],
)
def test_people_named_like_towns_stay_people(parse, text, person):
    assert kinds_of(parse, text).get(person) == "person"
