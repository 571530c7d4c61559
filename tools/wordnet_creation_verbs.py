"""Generate ``briefgen/extract/data/creation_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_creation_verbs.py /tmp/p32/wn/dict > briefgen/extract/data/creation_verbs.txt

Why: "Microsoft is developing a new version of Internet Explorer", "Ricky Gervais is writing an episode of hit US
cartoon The Simpsons", "One site … is producing its own software": a work being made is not there yet; its making
under way looks ahead to it. The verbs are read off WordNet's verb.creation lexicographer file (lex_filenum 36), not
the whole file (it also holds "destroy", "perform", "imagine", "cause"), but the synsets of making a new product or
work (below, by offset and gloss), and of their members only those whose first (most frequent) verb sense is in
verb.creation: the light verb "make" (first sense "engage in", verb.social) and "outline" go, as "is making a loss" and
"is outlining its plans" are no works in the making.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: Synsets of verb.creation of making a new product or work (WordNet 3.0 data.verb offsets).
SEEDS: dict[str, str] = {
    "01621555": "produce, make, create: create or manufacture a man-made product",
    "01640207": "create, make: create by artistic means",
    "01640550": "design: create the design for; create or execute in an artistic or highly skilled manner",
    "01653442": "manufacture, fabricate, construct: put together out of artificial or natural components or parts",
    "01654628": "construct, build, make: make by combining materials and parts",
    "01698271": "write, compose, pen, indite: produce a literary work",
    "01701634": "draft, outline: draw up an outline or sketch for something",
    "01705494": "compose, write: write music",
    "01711965": "film: record in film",
    "01738774": "develop: make something new, such as a product or a mental or artistic creation",
    "01747717": "program, programme: write a computer program",
}
#: verb.creation's lexicographer file number.
CREATION = "36"


def _lexicographer_files(wordnet: Path) -> dict[str, str]:
    """``{synset offset: lex_filenum}`` of data.verb."""
    found = {}
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split(" ", 2)
            found[fields[0]] = fields[1]
    return found


def _first_senses(wordnet: Path) -> dict[str, str]:
    """``{lemma: offset of its first (most frequent) verb sense}`` of index.verb."""
    found = {}
    for line in (wordnet / "index.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            found[fields[0]] = fields[4 + int(fields[3]) + 2]
    return found


def creation_verbs(wordnet: Path) -> list[str]:
    """The members of the seed synsets whose first verb sense is in verb.creation, sorted."""
    lexfiles, first = _lexicographer_files(wordnet), _first_senses(wordnet)
    assert all(lexfiles[offset] == CREATION for offset in SEEDS), "every seed is a verb.creation synset"
    members = {lemma for _, lemma in synset_members(wordnet, "data.verb", SEEDS)}
    return sorted(lemma for lemma in members if lexfiles.get(first.get(lemma, "")) == CREATION)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of making a new product or work (verb.creation members whose first sense is a creation), for the\n"
        "# outlook's work being made (#13), generated from Princeton WordNet 3.0 by tools/wordnet_creation_verbs.py:\n"
        "# one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, creation_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
