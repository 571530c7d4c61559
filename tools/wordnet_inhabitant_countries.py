"""Generate ``briefgen/extract/data/inhabitant_countries.txt``: each noun for an inhabitant of a place ("Frenchman",
"Scot", "Spaniard", "Swede") with the names of the place WordNet 3.0 makes it a member of (#15, actors45).

Usage (the WordNet folder the other ``tools/wordnet_*.py`` scripts take)::

    python tools/wordnet_inhabitant_countries.py /tmp/p34/wn/dict > briefgen/extract/data/inhabitant_countries.txt

Why: "Frenchman Arnaud Clement", "in-form Scot Kathy Butler", "Welshman Jimmy Watkins": a nationality noun before a
person's name says where the person is from, as "French" does in "French player X", but the gazetteer (countryinfo)
knows only the adjectives ("French", "Spanish"), so such a person had a role "Frenchman" and no affiliation. WordNet
links each of these nouns' synsets to its place by a member holonym ("#m": Frenchman -> France). Rows are the one-word
lemmas whose first (most frequent) noun sense lies below ``inhabitant.n.01`` and has such a link, then a tab, then
the place synset's lemmas joined by "|" ("Netherlands|Holland|Kingdom_of_The_Netherlands|…"); the extractor keeps a
row only when one of those names is a country the gazetteer knows by name (a city's "Dubliner" or "Londoner", a
region's "Yorkshireman", leads to no country). Sorted, with the WordNet licence notice, which must travel with every
copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import noun_senses, write_list
from wordnet_prize_names import _below, _synsets

#: inhabitant.n.01 (inhabitant, habitant, dweller, denizen, indweller) in WordNet 3.0's data.noun.
INHABITANT = "09620078"


def _member_holonyms(data_noun: Path) -> dict[str, list[str]]:
    """``{synset offset: [offsets of the synsets it is a member of ("#m")]}`` of data.noun."""
    found: dict[str, list[str]] = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        at = 4 + 2 * int(fields[3], 16)
        for j in range(int(fields[at])):
            symbol, target, pos = fields[at + 1 + 4 * j], fields[at + 2 + 4 * j], fields[at + 3 + 4 * j]
            if symbol == "#m" and pos == "n":
                found.setdefault(fields[0], []).append(target)
    return found


def rows(wordnet: Path) -> list[str]:
    """The rows the module docstring describes, sorted."""
    words, hypernyms, _instances = _synsets(wordnet / "data.noun")
    holonyms = _member_holonyms(wordnet / "data.noun")
    out = []
    for lemma, senses in noun_senses(wordnet):
        if not senses or senses[0] not in holonyms or not _below(senses[0], hypernyms, {INHABITANT}):
            continue
        places = [name for target in holonyms[senses[0]] for name in words[target]]
        out.append(f"{lemma}\t{'|'.join(places)}")
    return sorted(out)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns for an inhabitant and the names of the place they are members of, generated from Princeton WordNet\n"
        "# 3.0 by tools/wordnet_inhabitant_countries.py (one-word lemmas whose first noun sense lies below\n"
        "# inhabitant.n.01 and has a member holonym; lemma, a tab, the place's lemmas joined by \"|\").\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, rows(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
