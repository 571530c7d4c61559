"""Writing a word list generated from Princeton WordNet 3.0: the header, WordNet's licence, one row a line.

Every ``tools/wordnet_*.py`` generator writes the same shape of file (a
commented header saying what the list is and which script made it, then
WordNet's licence notice, which must travel with every copy, then the rows),
so the shape lives here once. Run the generators as ``python tools/NAME.py``:
this module is found beside them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from pathlib import Path
from typing import TextIO


def write_list(out: TextIO, wordnet: Path, header: str, rows: Iterable[str]) -> None:
    """``header`` (comment lines ending with the licence's lead-in), the WordNet licence as comments, then ``rows``."""
    licence = (wordnet / "LICENSE").read_text(encoding="latin-1")
    out.write(header)
    out.writelines(f"# {line}".rstrip() + "\n" for line in licence.strip().splitlines())
    out.write("#\n")
    out.writelines(f"{row}\n" for row in rows)


def synset_members(wordnet: Path, data_file: str, offsets: Container[str]) -> Iterator[tuple[str, str]]:
    """``(synset offset, lemma)`` for every member of the synsets at ``offsets`` in ``data_file`` ("data.verb"):
    lower case, a particle joined by "_", letters only (ASCII). The member walk the seed-based generators share."""
    for line in (wordnet / data_file).read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        if fields[0] not in offsets:
            continue
        for i in range(int(fields[3], 16)):
            lemma = fields[4 + 2 * i].lower()
            if lemma.replace("_", "").isalpha() and lemma.isascii():
                yield fields[0], lemma


def noun_senses(wordnet: Path) -> Iterator[tuple[str, list[str]]]:
    """``(lemma, synset offsets of its noun senses, most frequent first)`` for every lemma of ``index.noun`` that is
    one alphabetic ASCII word of three letters or more: what the extractor compares one token's lemma with."""
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        if lemma.isalpha() and lemma.isascii() and len(lemma) >= 3:
            yield lemma, fields[4 + pointers + 2 :]


def adjective_cluster_members(wordnet: Path, heads: Iterable[str]) -> list[str]:
    """The single-word members of the head adjective synsets at ``heads`` (data.adj offsets) and of their satellites
    ("&" pointers) whose first (most frequent) adjective sense is in that cluster, sorted: the walk the adjective
    generators (``wordnet_readiness_adjectives.py``, ``wordnet_lasting_adjectives.py``) share."""
    synsets = _adjective_synsets(wordnet)
    heads = set(heads)
    cluster = heads | {target for head in heads for symbol, target in synsets[head][1] if symbol == "&"}
    first = _first_adjective_senses(wordnet)
    members = {lemma for offset in cluster for lemma in synsets[offset][0] if "_" not in lemma and lemma.replace("-", "").isalpha()}
    return sorted(lemma for lemma in members if first.get(lemma) in cluster)


def _adjective_synsets(wordnet: Path) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """``{offset: (lemmas, [(pointer symbol, target offset)])}`` of data.adj; a lemma's "(p)"/"(a)" marker dropped."""
    found = {}
    for line in (wordnet / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * j], fields[at + 2 + 4 * j]) for j in range(int(fields[at]))]
        found[fields[0]] = (lemmas, pointers)
    return found


def _first_adjective_senses(wordnet: Path) -> dict[str, str]:
    """``{lemma: offset of its first adjective sense}`` from index.adj."""
    first = {}
    for line in (wordnet / "index.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        first[fields[0]] = fields[4 + pointers + 2]
    return first
